/** Kept for older imports: the regions now live one file each in `content/regions/`. */
export { regions } from './regions/index';
