/**
 * All demo cases, in the order of the reference meeting book's agenda (§§ 177–189), then the extra letter.
 * All live in the KS registry; `organCode` is the organ that decides (KSNAU for its own decisions, KS for
 * matters it prepares for KS/KF).
 */
import type { DemoCase } from './types.ts';
import { climateNeutralityGrant, environmentRide, northSwedenStockholmOffice, planningDirective } from './cases-planning.ts';
import { auditoriumChairs, laboratoryServices, procurementMarkers, telephonyServiceAgreement } from './cases-procurement.ts';
import { auditEnvironmentalGoals, auditProtectedData, motionCowOnRoot, motionTaiwan } from './cases-council.ts';
import { followUpJanApr, soundFinancialManagement } from './cases-followup.ts';
import { protectedIdentityMarker, schoolTransportLetter } from './cases-letters.ts';

export const cases: DemoCase[] = [
  planningDirective, // 177/24
  laboratoryServices, // 178/24
  auditoriumChairs, // 179/24
  telephonyServiceAgreement, // 180/24
  northSwedenStockholmOffice, // 181/24
  climateNeutralityGrant, // 182/24
  environmentRide, // 183/24
  motionCowOnRoot, // 184/24
  motionTaiwan, // 185/24
  auditProtectedData, // 186/24
  auditEnvironmentalGoals, // 187/24
  followUpJanApr, // 188/24
  soundFinancialManagement, // 189/24
  schoolTransportLetter,
];

/** Case numbers of the procurement items (178–180), whose documents are all secret-marked. */
export const procurementCaseNumbers = Object.keys(procurementMarkers);

/**
 * Strings that occur only in the text of secret or protected documents. Tests search public output for them:
 * none may ever appear there.
 */
export const secretTextMarkers: string[] = [...Object.values(procurementMarkers), protectedIdentityMarker];
