/**
 * Financial follow-up: budget, outcome and forecast per line and period; staff key figures.
 */
export {};
