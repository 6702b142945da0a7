// Swedish texts of the financial follow-up register (spread into sv.ts).

export const svFinance = {
};
