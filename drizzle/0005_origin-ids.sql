ALTER TABLE "board_updates" ADD COLUMN "origin_id" "bytea";--> statement-breakpoint
CREATE UNIQUE INDEX "board_updates_origin_id" ON "board_updates" USING btree ("origin_id");