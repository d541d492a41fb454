/** The sync protocol shared by the server and the extension: schemas, types, limits, errors. */
export * from './accounts';
export * from './change';
export * from './devices';
export * from './error-codes';
export * from './health';
export * from './json-value';
export * from './limits';
export * from './live';
export * from './pairing-codes';
export * from './recovery-key';
export * from './request-error';
export * from './sync';
