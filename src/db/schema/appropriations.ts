/**
 * Appropriations (anslag), their amounts per year and the commitments against them.
 */
export {};
