/**
 * The annual cycle: deadlines for committees and companies, with reminders.
 */
export {};
