/** Node-only additions to the clients (`csgkit/node`): nothing here runs in a browser. */
export { nodeFetch } from './fetch.js';
