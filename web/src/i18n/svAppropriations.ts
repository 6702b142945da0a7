// Swedish texts of the appropriations register (spread into sv.ts).

export const svAppropriations = {
};
