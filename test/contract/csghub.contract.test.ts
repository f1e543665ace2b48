/**
 * CSGHub contract: the operations of the spec through the public client, against Prism with
 * request validation on.
 */
import { repositories } from './csghub/repositories.js';

repositories();
