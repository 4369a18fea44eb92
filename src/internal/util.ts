/** `true` for a plain object (not `null`, not an array): the engine's own check, one copy in the bundle. */
export { isObj } from '../engine/obj.js';
