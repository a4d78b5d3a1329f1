export * from './layout';
export * from './lanes';
export * from './scripts';
export * from './steps';
export * from './seed';
export * from './access';
export * from './apply-change';
export * from './outline';
