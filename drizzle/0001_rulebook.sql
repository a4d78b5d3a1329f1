ALTER TABLE "board_updates" ADD COLUMN "accepted_by" text;--> statement-breakpoint
ALTER TABLE "board_updates" ADD COLUMN "proposal_id" text;