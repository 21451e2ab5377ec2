// The store's slicing, under the name the services (and their tests) use.
export { SLICE_MS, timeSlices } from '../store/time-slices';
