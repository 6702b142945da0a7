// Swedish texts of the grant rounds register (spread into sv.ts).

export const svGrants = {
};
