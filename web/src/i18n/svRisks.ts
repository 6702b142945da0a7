// Swedish texts of the risk analysis and internal control register (spread into sv.ts).

export const svRisks = {
};
