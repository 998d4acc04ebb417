export { CRM_METHODOLOGY } from './crm-methodology';
export { DUTIES } from './duties';
export { READINESS_FACTORS } from './readiness-factors';
export { checkMethodology, type IntegrityProblem } from './integrity';
export * from './types';
