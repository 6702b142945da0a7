/**
 * Risk analysis and internal control plan per organ and year, with follow-up per tertial.
 */
export {};
