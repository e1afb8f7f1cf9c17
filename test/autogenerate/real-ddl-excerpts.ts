/**
 * Excerpts of real schemas that more than one test loads.
 */

/** devrimgunduz/pagila, pagila-schema.sql (excerpt): customer, and payment partitioned by range with two partitions. */
export const PAGILA_PAYMENT_PARTITIONS = `CREATE TABLE public.customer (customer_id integer NOT NULL PRIMARY KEY, first_name text NOT NULL);
CREATE TABLE public.payment (
payment_id integer NOT NULL,
customer_id integer NOT NULL,
amount numeric(5,2) NOT NULL,
payment_date timestamp with time zone NOT NULL
) PARTITION BY RANGE (payment_date);
CREATE TABLE public.payment_p2022_01 (
payment_id integer NOT NULL, customer_id integer NOT NULL, amount numeric(5,2) NOT NULL,
payment_date timestamp with time zone NOT NULL);
ALTER TABLE ONLY public.payment ATTACH PARTITION public.payment_p2022_01 FOR VALUES FROM ('2022-01-01 00:00:00+00') TO ('2022-02-01 00:00:00+00');
CREATE TABLE public.payment_p2022_02 PARTITION OF public.payment FOR VALUES FROM ('2022-02-01 00:00:00+00') TO ('2022-03-01 00:00:00+00');`;

/**
 * WordPress/WordPress, wp-admin/includes/schema.php: wp_terms ($wpdb->prefix wp_; keys cut to 191 characters and
 * $charset_collate utf8mb4 as WordPress writes them since 4.2), without a final semicolon.
 */
export const WORDPRESS_WP_TERMS = `CREATE TABLE wp_terms (
 term_id bigint(20) unsigned NOT NULL auto_increment,
 name varchar(200) NOT NULL default '',
 slug varchar(200) NOT NULL default '',
 term_group bigint(10) NOT NULL default 0,
 PRIMARY KEY  (term_id),
 KEY slug (slug(191)),
 KEY name (name(191))
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci`;
