// Swedish texts of the annual cycle register (spread into sv.ts).

export const svAnnualCycle = {
};
