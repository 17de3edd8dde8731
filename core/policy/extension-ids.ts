/** Firefox keys managed storage and policies.json by this id, so it never changes. */
export const GECKO_ID = 'code-red-advisor@example.org';
