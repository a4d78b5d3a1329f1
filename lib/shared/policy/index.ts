export * from './types';
export { REASON } from './reasons';
export { ACTIONS, allows, decide, RULES, seesCustomerNames, seesEmails, type Action } from './rules';
export { capabilitiesOf, cellLanesFor, mayWriteLane, type Capabilities } from './capabilities';
export { policyContext } from './context';
export { invitableRoles } from './invites';
