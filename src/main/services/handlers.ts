import type { MethodName } from '../../shared/api';
import type { Services } from '../dispatch';

/** The slice of the registry one service file implements. */
export type Handlers<K extends MethodName> = Pick<Services, K>;
