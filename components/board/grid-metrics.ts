/** Column widths of the blueprint, shared by the live grid and the server-rendered preview so one replaces the other in place. */
export const LANE_WIDTH = 160;
export const STEP_WIDTH = 224;
