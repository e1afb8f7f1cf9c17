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
