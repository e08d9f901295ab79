export { createApp, type AppType, type AppOptions } from './app.js';
export { withCheckCharacter, creditCodeProblem } from './lib/credit-code.js';
export { hashPassword } from './auth/password.js';
