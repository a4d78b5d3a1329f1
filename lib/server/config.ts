import { z } from 'zod';

/**
 * Every setting Coscript reads, parsed once at start. A bad value stops the
 * process with a message naming the variable (see README for the list).
 */
export const ZConfig = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z.string().url().optional(),
  REDIS_URL: z.string().url().optional(),
  PUBLIC_URL: z.string().url().optional(),
  NEXTAUTH_SECRET: z.string().min(16).optional(),
  ALLOWED_ORIGINS: z.string().optional(),
  SMTP_URL: z.string().optional(),
  SMTP_FROM: z.string().default('Coscript <no-reply@coscript.local>'),
  GITHUB_ID: z.string().optional(),
  GITHUB_SECRET: z.string().optional(),
  GOOGLE_ID: z.string().optional(),
  GOOGLE_SECRET: z.string().optional(),
  SEED_DEMO: z.enum(['true', 'false']).default('true'),
  /** Staff sign-ups allowed per hour from one IP address (an office behind one NAT may need more). */
  SIGNUP_LIMIT_PER_HOUR: z.coerce.number().int().min(1).default(20),
  /** A session nobody used for this long ends (it is also ended by signing out). Default: 7 days. */
  SESSION_IDLE_MINUTES: z.coerce.number().positive().default(7 * 24 * 60),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  METRICS_TOKEN: z.string().min(16).optional(),
  SYNC_MAX_MESSAGE_BYTES: z.coerce.number().int().min(1024).default(1024 * 1024),
  /** Messages a sync socket may send per second (sustained; bursts up to 4×). */
  SYNC_MESSAGES_PER_SECOND: z.coerce.number().int().min(1).default(100),
  /** Bytes a sync socket may send per second (sustained; bursts up to the message limit ×4). */
  SYNC_BYTES_PER_SECOND: z.coerce.number().int().min(1024).default(1024 * 1024),
  /** Sync connection attempts per minute from one IP address, and by one user. */
  SYNC_CONNECTS_PER_MINUTE_IP: z.coerce.number().int().min(1).default(600),
  SYNC_CONNECTS_PER_MINUTE_USER: z.coerce.number().int().min(1).default(120),
  /** Group-commit window of the update log in ms. */
  SYNC_COMMIT_DELAY_MS: z.coerce.number().int().min(0).max(1000).default(2),
  /**
   * Scale-out: how long a process keeps an update another process published
   * before storing it itself, when that process never confirms its commit.
   * Longer than a commit normally takes; shorter than anyone would wait.
   */
  SYNC_ADOPT_AFTER_MS: z.coerce.number().int().min(100).max(600_000).default(5_000),
  /** Write a checkpoint after this many logged updates. */
  SYNC_CHECKPOINT_EVERY: z.coerce.number().int().min(10).default(500),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
});

export type TConfig = z.infer<typeof ZConfig>;

export function parseConfig(env: Record<string, string | undefined>): TConfig {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = ZConfig.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return parsed.data;
}
