// Test data written for this corpus, modelled on OneStopShop, jackblatch/OneStopShop (MIT), a multi-vendor shop
// on PlanetScale with Drizzle: the idioms it exercises: `serial()` primary keys; varchar columns with short
// lengths and a JS key that differs from the column name; many nullable text columns; decimal with precision and
// scale defaulting to "0", and decimal without a precision (DECIMAL(10,0)) defaulting to "0"; json; int columns
// holding ids and unix times with no foreign key; booleans defaulting to false; snake_case JS keys; unique
// indexes on varchar columns from a third argument written as a block body returning an object; type aliases
// from `InferModel` (no DDL).
// None of the project's code is reproduced: the tables, columns and names are this corpus's own.
import type { InferModel } from "drizzle-orm";
import { boolean, decimal, int, json, mysqlTable, serial, text, uniqueIndex, varchar } from "drizzle-orm/mysql-core";

export const shops = mysqlTable(
  "shops",
  {
    id: serial("id").primaryKey(),
    title: varchar("shop_title", { length: 40 }),
    handle: varchar("handle", { length: 50 }),
    category: text("category"),
    about: text("about"),
  },
  (shop) => {
    return {
      titleIndex: uniqueIndex("shop_title_index").on(shop.title),
      handleIndex: uniqueIndex("shop_handle_index").on(shop.handle),
    };
  },
);
export type Shop = InferModel<typeof shops>;

export const listings = mysqlTable("listings", {
  id: serial("id").primaryKey(),
  title: text("title"),
  details: text("details"),
  cost: decimal("cost", { precision: 10, scale: 2 }).default("0"),
  stock: decimal("stock").default("0"),
  shopId: int("shop_id"),
  photos: json("photos"),
});
export type Listing = InferModel<typeof listings>;

export const baskets = mysqlTable("baskets", {
  id: serial("id").primaryKey(),
  contents: json("contents"),
  intentRef: text("intent_ref"),
  secretRef: text("secret_ref"),
  checkedOut: boolean("checked_out").default(false),
});
export type Basket = InferModel<typeof baskets>;

export const payouts = mysqlTable("payouts", {
  id: serial("id").primaryKey(),
  shopId: int("shop_id"),
  connectAccount: text("connect_account"),
  connectCreatedAt: int("connect_created_at"),
  connectExpiresAt: int("connect_expires_at"),
  onboarding_done: boolean("onboarding_done").default(false),
});
export type Payout = InferModel<typeof payouts>;

export const purchases = mysqlTable(
  "purchases",
  {
    id: serial("id").primaryKey(),
    publicNumber: int("public_number"),
    shopId: int("shop_id"),
    contents: json("contents"),
    amount: decimal("amount", { precision: 10, scale: 2 }).default("0"),
    // a varchar, not text: the unique index keys the whole value
    intentRef: varchar("intent_ref", { length: 256 }),
    intentState: text("intent_state"),
    buyer: text("buyer"),
    buyerEmail: text("buyer_email"),
    placedAt: int("placed_at"),
    locationId: int("location"),
  },
  (purchase) => {
    return {
      intentRefIndex: uniqueIndex("intent_ref_index").on(purchase.intentRef),
    };
  },
);
export type Purchase = InferModel<typeof purchases>;

export const locations = mysqlTable("locations", {
  id: serial("id").primaryKey(),
  street: text("street"),
  unit: text("unit"),
  town: text("town"),
  region: text("region"),
  zip_code: text("zip_code"),
  nation: text("nation"),
});
export type Location = InferModel<typeof locations>;
