-- Each one-time code of the second factor is accepted once: the time step (seconds since the epoch / 30) of the
-- last code accepted for the user. Login and enabling set it with a conditional UPDATE (… WHERE totp_last_step
-- IS NULL OR totp_last_step < $step), so of two logins with the same code at the same moment only one succeeds.
ALTER TABLE "users" ADD COLUMN "totp_last_step" bigint;
