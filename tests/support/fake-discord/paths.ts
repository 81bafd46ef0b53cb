/** Where the fake serves the API and attachment downloads. */
export const API_PREFIX = '/api/v10';
export const ATTACHMENT_PREFIX = '/attachments/';
