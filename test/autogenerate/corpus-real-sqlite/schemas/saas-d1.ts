/*
 * Test data for the SQLite real-schema corpus (test/autogenerate/corpus-real-sqlite/). Modelled on a real
 * open-source Drizzle schema for Cloudflare D1:
 *
 *   Repository: https://github.com/LubomirGeorgiev/cloudflare-workers-nextjs-saas-template
 *   Path:       src/db/schema.ts (commit 00769a48612a049164d3b3419102dda0a021671c)
 *   Licence:    MIT
 *
 * Re-typed for this test, not copied: the user, passkey, team, membership, role and invitation tables,
 * with column names taken from the keys, a spread of shared columns (`...commonColumns`) one table
 * overrides, `integer({ mode: "timestamp" })` with `$defaultFn`/`$onUpdateFn` (client-side, no DDL),
 * `text({ length })`, `text({ enum })` (no CHECK in drizzle-kit's SQL), `text({ mode: "json" })`,
 * foreign keys without actions, unique indexes on one and two columns, and a partial unique index
 * (`WHERE acceptedAt IS NULL`). Adjusted: the app's imports of its own enums and types are replaced by
 * inline literals (the role tuple is ["admin", "user"], the default locale and plan as written there),
 * `createRandomId()` by `crypto.randomUUID()`, and the tables after team_invitation and
 * `defineRelations(...)` are left out.
 */
import { sql } from "drizzle-orm";
import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";

const roleTuple = ["admin", "user"] as [string, ...string[]];

const commonColumns = {
  createdAt: integer({
    mode: "timestamp",
  })
    .$defaultFn(() => new Date())
    .notNull(),
  updatedAt: integer({
    mode: "timestamp",
  })
    .$onUpdateFn(() => new Date())
    .notNull(),
  updateCounter: integer()
    .default(0)
    .$onUpdate(() => sql`updateCounter + 1`),
};

export const userTable = sqliteTable(
  "user",
  {
    ...commonColumns,
    id: text()
      .primaryKey()
      .$defaultFn(() => `usr_${crypto.randomUUID()}`)
      .notNull(),
    firstName: text({
      length: 255,
    }),
    lastName: text({
      length: 255,
    }),
    email: text({
      length: 255,
    }),
    passwordHash: text(),
    role: text({
      enum: roleTuple,
    })
      .default("user")
      .notNull(),
    emailVerified: integer({
      mode: "timestamp",
    }),
    signUpIpAddress: text({
      length: 100,
    }),
    googleAccountId: text({
      length: 255,
    }),
    avatar: text({
      length: 600,
    }),
    preferredLocale: text({ length: 10 }),
    trialUsedAt: integer({ mode: "timestamp" }),
    lastActiveAt: integer({ mode: "timestamp" }),
    bannedAt: integer({ mode: "timestamp" }),
  },
  (table) => [
    index("google_account_id_idx").on(table.googleAccountId),
    index("role_idx").on(table.role),
    index("user_created_at_idx").on(table.createdAt),
    index("user_banned_at_idx").on(table.bannedAt),
    uniqueIndex("user_email_unique").on(table.email),
  ],
);

export const passKeyCredentialTable = sqliteTable(
  "passkey_credential",
  {
    ...commonColumns,
    id: text()
      .primaryKey()
      .$defaultFn(() => `pkey_${crypto.randomUUID()}`)
      .notNull(),
    userId: text()
      .notNull()
      .references(() => userTable.id),
    credentialId: text({
      length: 255,
    }).notNull(),
    credentialPublicKey: text({
      length: 255,
    }).notNull(),
    counter: integer().notNull(),
    transports: text({
      length: 255,
    }),
    aaguid: text({
      length: 255,
    }),
    userAgent: text({
      length: 255,
    }),
    ipAddress: text({
      length: 100,
    }),
  },
  (table) => [index("user_id_idx").on(table.userId), uniqueIndex("passkey_credential_credentialId_unique").on(table.credentialId)],
);

export const teamTable = sqliteTable(
  "team",
  {
    ...commonColumns,
    id: text()
      .primaryKey()
      .$defaultFn(() => `team_${crypto.randomUUID()}`)
      .notNull(),
    name: text({ length: 255 }).notNull(),
    slug: text({ length: 255 }).notNull(),
    description: text({ length: 1000 }),
    avatarUrl: text({ length: 600 }),
    settings: text({ length: 10000 }),
    billingEmail: text({ length: 255 }),
    subscriptionPlanId: text({ length: 100 }).default("free"),
    planExpiresAt: integer({ mode: "timestamp" }),
    stripeCustomerId: text({ length: 255 }),
    stripeSubscriptionId: text({ length: 255 }),
    subscriptionStatus: text({ length: 50 }),
    subscriptionInterval: text({ length: 10 }),
    subscriptionAddonIds: text({ mode: "json" }).$type<Record<string, number>>(),
    cancelAtPeriodEnd: integer().default(0).notNull(),
    trialUsedAt: integer({ mode: "timestamp" }),
  },
  (table) => [
    uniqueIndex("team_slug_unique").on(table.slug),
    uniqueIndex("team_stripe_customer_id_unique").on(table.stripeCustomerId),
    uniqueIndex("team_stripe_subscription_id_unique").on(table.stripeSubscriptionId),
  ],
);

export const teamMembershipTable = sqliteTable(
  "team_membership",
  {
    ...commonColumns,
    id: text()
      .primaryKey()
      .$defaultFn(() => `tmem_${crypto.randomUUID()}`)
      .notNull(),
    teamId: text()
      .notNull()
      .references(() => teamTable.id),
    userId: text()
      .notNull()
      .references(() => userTable.id),
    roleId: text().notNull(),
    isSystemRole: integer().default(1).notNull(),
    invitedBy: text().references(() => userTable.id),
    invitedAt: integer({ mode: "timestamp" }),
    joinedAt: integer({ mode: "timestamp" }),
    expiresAt: integer({ mode: "timestamp" }),
    isActive: integer().default(1).notNull(),
  },
  (table) => [index("team_membership_user_id_idx").on(table.userId), uniqueIndex("team_membership_team_user_unique").on(table.teamId, table.userId)],
);

export const teamRoleTable = sqliteTable(
  "team_role",
  {
    ...commonColumns,
    id: text()
      .primaryKey()
      .$defaultFn(() => `trole_${crypto.randomUUID()}`)
      .notNull(),
    teamId: text()
      .notNull()
      .references(() => teamTable.id),
    name: text({ length: 255 }).notNull(),
    description: text({ length: 1000 }),
    permissions: text({ mode: "json" }).notNull().$type<string[]>(),
    metadata: text({ length: 5000 }),
    isEditable: integer().default(1).notNull(),
  },
  (table) => [uniqueIndex("team_role_team_name_unique").on(table.teamId, table.name)],
);

export const teamInvitationTable = sqliteTable(
  "team_invitation",
  {
    ...commonColumns,
    id: text()
      .primaryKey()
      .$defaultFn(() => `tinv_${crypto.randomUUID()}`)
      .notNull(),
    teamId: text()
      .notNull()
      .references(() => teamTable.id),
    email: text({ length: 255 }).notNull(),
    roleId: text().notNull(),
    isSystemRole: integer().default(1).notNull(),
    token: text({ length: 255 }).notNull(),
    invitedBy: text()
      .notNull()
      .references(() => userTable.id),
    expiresAt: integer({ mode: "timestamp" }).notNull(),
    acceptedAt: integer({ mode: "timestamp" }),
    acceptedBy: text().references(() => userTable.id),
  },
  (table) => [
    index("team_invitation_team_pending_idx").on(table.teamId, table.acceptedAt, table.expiresAt),
    index("team_invitation_email_pending_idx").on(table.email, table.acceptedAt, table.expiresAt),
    uniqueIndex("team_invitation_team_email_pending_unique")
      .on(table.teamId, table.email)
      .where(sql`${table.acceptedAt} IS NULL`),
    uniqueIndex("team_invitation_token_unique").on(table.token),
    index("team_invitation_invited_by_idx").on(table.invitedBy),
  ],
);
