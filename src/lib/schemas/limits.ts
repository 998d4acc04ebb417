export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 255;
export const NAME_MAX = 100;
export const PROJECT_NAME_MAX = 200;
export const DESCRIPTION_MAX = 5000;
