CREATE TABLE `write_refusals` (
	`reason` text NOT NULL,
	CONSTRAINT "quota_exceeded" CHECK("write_refusals"."reason" <> 'quota_exceeded'),
	CONSTRAINT "merge_rule_changed" CHECK("write_refusals"."reason" <> 'merge_rule_changed')
);
--> statement-breakpoint
DROP INDEX `registers_account_seq_idx`;--> statement-breakpoint
ALTER TABLE `registers` ADD `size` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
-- Backfill (written by hand): a register's size as apply-changes.ts computes it on write.
UPDATE `registers` SET `size` = length(CAST(`key` AS BLOB)) + length(CAST(`value` AS BLOB));--> statement-breakpoint
CREATE INDEX `registers_pull_idx` ON `registers` (`account_id`,`seq`,`size`);--> statement-breakpoint
ALTER TABLE `accounts` ADD `stored_bytes` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `accounts` ADD `register_count` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `accounts` ADD `deleted_at` integer;--> statement-breakpoint
-- Backfill (written by hand): each account's running totals, from its registers.
UPDATE `accounts` SET
	`stored_bytes` = (SELECT coalesce(sum(`size`), 0) FROM `registers` WHERE `account_id` = `accounts`.`id`),
	`register_count` = (SELECT count(*) FROM `registers` WHERE `account_id` = `accounts`.`id`);
