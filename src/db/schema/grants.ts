/**
 * Grant rounds and applications drawing on an appropriation.
 */
export {};
