/**
 * The one error catalogue (fastify's lib/errors.js pattern): every code once, with its HTTP status
 * and message template. NIC codes keep NIC's own message text (reference nic-einvoice.md §9) with
 * `{0}`/`{1}` placeholders; the platform's own conditions use upper-case codes (api.md §2).
 * Services throw `GstError`; one handler (core/http/problem.ts) renders problem+json.
 * Pure: no Fastify, no I/O, so the offline validation library can use it.
 */

export interface CatalogueEntry {
  status: number;
  message: string;
  title?: string;
}

/** One failure inside a problem+json `errors` array. */
export interface Problem {
  code: string;
  message: string;
  field?: string;
}

const VALIDATION = 400;

// Platform conditions (api.md §2).
const platform: Record<string, CatalogueEntry> = {
  UNAUTHORIZED: { status: 401, title: 'Unauthorized', message: 'Missing, invalid or expired bearer token' },
  INVALID_CREDENTIALS: { status: 401, title: 'Unauthorized', message: 'Invalid GSTIN, user name or password' },
  FORBIDDEN: { status: 403, title: 'Forbidden', message: '{0}' },
  ADMIN_KEY_REQUIRED: { status: 401, title: 'Unauthorized', message: 'A valid X-Admin-Key header is required' },
  NOT_FOUND: { status: 404, title: 'Not found', message: '{0}' },
  ROUTE_NOT_FOUND: { status: 404, title: 'Not found', message: 'Route {0} {1} not found' },
  CONFLICT: { status: 409, title: 'Conflict', message: '{0}' },
  PAYLOAD_TOO_LARGE: { status: 413, title: 'Payload too large', message: 'Request body exceeds the limit of {0} bytes' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, title: 'Unsupported media type', message: 'Send application/json' },
  INVALID_JSON: { status: 400, title: 'Invalid JSON', message: 'The request body is not valid JSON' },
  VALIDATION_FAILED: { status: 400, title: 'Validation failed', message: '{0}' },
  // NIC does not publish a code for the 30-day reporting limit (reference §7.1 item 10: UNCONFIRMED);
  // this is our documented code for it.
  DOC_REPORTING_LIMIT: {
    status: 400,
    title: 'Validation failed',
    message: 'The document date {0} is older than {1} days; the IRP does not accept it for this taxpayer (reporting time limit)',
  },
  // GSTIN / PAN structure (api.md §6: a malformed GSTIN or PAN says which rule failed; reference B5).
  INVALID_GSTIN_LENGTH: { status: 400, title: 'Invalid GSTIN', message: 'GSTIN {0} must be 15 characters long' },
  INVALID_GSTIN_FORMAT: {
    status: 400,
    title: 'Invalid GSTIN',
    message: 'GSTIN {0} does not match any GSTIN format (regular, government, NRTP, OIDAR, UIN, TDS, TCS)',
  },
  INVALID_GSTIN_STATE_CODE: { status: 400, title: 'Invalid GSTIN', message: 'GSTIN {0} starts with an unknown state code {1}' },
  INVALID_GSTIN_CHECKSUM: { status: 400, title: 'Invalid GSTIN', message: 'GSTIN {0} fails the check character: expected {1}' },
  INVALID_PAN: { status: 400, title: 'Invalid PAN', message: 'PAN {0} must be 5 letters, 4 digits and a letter' },
  // Idempotency-Key (api.md §2): a repeat must be the same method, path and body as the first use.
  IDEMPOTENCY_KEY_REUSED: {
    status: 422,
    title: 'Unprocessable',
    message: 'Idempotency-Key was already used for a different request (method, path or body differ); use a new key for a new request',
  },
  IDEMPOTENCY_KEY_INVALID: {
    status: 400,
    title: 'Invalid Idempotency-Key',
    message: 'Idempotency-Key must be 1 to 255 printable ASCII characters',
  },
  IDEMPOTENCY_IN_PROGRESS: {
    status: 409,
    title: 'Conflict',
    message: 'A request with this Idempotency-Key is still being processed; retry after {0} seconds to get its response',
  },
  RATE_LIMITED: { status: 429, title: 'Too many requests', message: 'Rate limit exceeded, retry in {0} seconds' },
  INTERNAL: { status: 500, title: 'Internal error', message: 'Internal error; quote the request id when reporting it' },
  NOT_SANDBOX: { status: 404, title: 'Not found', message: 'Sandbox control is available only with GSTGATE_PROVIDER=sandbox' },
  UPSTREAM_UNAVAILABLE: { status: 503, title: 'Upstream unavailable', message: 'The government system is unavailable: {0}' },
  UPSTREAM_ERROR: { status: 502, title: 'Bad gateway', message: 'The government system answered unexpectedly: {0}' },
  UPSTREAM_TIMEOUT: { status: 504, title: 'Gateway timeout', message: 'The government system did not answer in time' },
  DASHBOARD_NOT_BUILT: { status: 503, title: 'Dashboard not built', message: 'dashboard not built: run npm run build:web' },
  // Duplicate-IRN recovery (issue 6): the IRP holds this document number with other data than sent.
  RECOVERY_MISMATCH: {
    status: 409,
    title: 'Duplicate',
    message: 'The IRP already holds {0} with buyer {1} and total value {2}; this request has buyer {3} and total value {4}',
  },
  // Provider nic: the caller's GSTIN has no NIC API credentials in the gateway (issue 5). 403: this
  // GSTIN may not reach the government system through this gateway until an administrator stores them.
  NIC_CREDENTIALS_MISSING: {
    status: 403,
    title: 'Forbidden',
    message: 'No NIC API credentials are stored for GSTIN {0}; an administrator sets them with PUT /v1/nic/credentials/{0}',
  },
  // Webhook endpoints (issue 6).
  WEBHOOK_URL_INVALID: { status: 400, title: 'Validation failed', message: 'Webhook url {0} is not accepted: {1}' },
  WEBHOOK_EVENT_UNKNOWN: { status: 400, title: 'Validation failed', message: 'Unknown webhook event {0}; the events are: {1}' },
  WEBHOOK_ENDPOINT_LIMIT: { status: 400, title: 'Validation failed', message: 'A GSTIN may have at most {0} webhook endpoints' },
  // QR / signed-document verification (issue 7). A JWS whose signature fails is an answer (200,
  // valid: false), not an error; these are for input that cannot be verified at all.
  VERIFY_NOT_A_JWS: { status: 400, title: 'Not a JWS', message: '{0} is not a JWS (compact form header.payload.signature): {1}' },
  VERIFY_NO_QR_FOUND: { status: 400, title: 'No QR code', message: 'No QR code was found in the {0} image ({1}×{2} pixels)' },
  VERIFY_IMAGE_UNREADABLE: { status: 400, title: 'Unreadable image', message: 'The image cannot be read: {0}' },
  VERIFY_IMAGE_TOO_LARGE: {
    status: 413,
    title: 'Payload too large',
    message: 'The image is {0}×{1} pixels ({2} megapixels); at most {3} megapixels are decoded',
  },
  // Bulk upload (issue 7): the file as a whole; per-invoice failures keep their NIC codes in the rows.
  BULK_UNSUPPORTED_FORMAT: {
    status: 415,
    title: 'Unsupported media type',
    message:
      'Upload the file as text/csv, application/vnd.openxmlformats-officedocument.spreadsheetml.sheet (XLSX) or application/json, not {0}',
  },
  BULK_TOO_MANY_ROWS: {
    status: 413,
    title: 'Payload too large',
    message: 'The file has {0} data rows; at most {1} are accepted per upload',
  },
  BULK_FILE_INVALID: { status: 400, title: 'Validation failed', message: 'The file cannot be read: {0}' },
  BULK_ROW_CONFLICT: {
    status: 400,
    title: 'Validation failed',
    message: 'Column {0} differs between the rows of one document (rows {1}); invoice-level columns must repeat the same value',
  },
};

// NIC IRP authentication / GSTIN master codes (reference §9.1).
const nicVital: Record<string, CatalogueEntry> = {
  '1004': { status: 400, message: 'Header GSTIN is required' },
  '1005': { status: 401, message: 'Invalid Token' },
  '1006': { status: 400, message: 'User Name is required' },
  '1007': { status: 400, message: 'Authentication failed. Pls. inform the helpdesk' },
  '1008': { status: 401, message: 'Invalid login credentials' },
  '1010': { status: 401, message: 'Invalid Client-ID/Client-Secret' },
  '1011': { status: 400, message: 'Client Id is required' },
  '1012': { status: 400, message: 'Client Secret is required' },
  '1013': { status: 400, message: 'Decryption of password failed' },
  '1014': { status: 401, message: 'Inactive User' },
  '1015': { status: 401, message: 'Invalid GSTIN for this user' },
  '1016': { status: 400, message: 'Decryption of App Key failed' },
  '1017': { status: 401, message: 'Incorrect user id/User does not exists' },
  '1018': { status: 401, message: 'Client Id is not mapped to this user' },
  '1019': { status: 401, message: 'Incorrect Password' },
  '3001': { status: 404, message: 'Requested data is not available' },
  '3028': { status: VALIDATION, message: 'GSTIN is invalid' },
  '3029': { status: VALIDATION, message: 'GSTIN is inactive or cancelled' },
  '3030': { status: VALIDATION, message: 'Invalid Gstin' },
  '3074': { status: VALIDATION, message: 'GSTIN - {0} is cancelled and document date - {1} is later than de-registration date' },
  '3075': { status: VALIDATION, message: 'GSTIN- {0} is cancelled and de-registration date is not available' },
  '3076': { status: VALIDATION, message: 'GSTIN - {0} is inactive' },
  '3077': { status: VALIDATION, message: 'GSTIN - {0} is cancelled and document date - {1} is earlier than registration date' },
  '3078': { status: VALIDATION, message: 'GSTIN- {0} is cancelled and registration date is not available' },
  '3079': { status: VALIDATION, message: 'For active GSTINs the document date should not be earlier than registration date' },
  '5001': { status: 500, message: 'Application Error, Please Contact the help desk' },
  // Schema/format failures: NIC answers data-annotation texts; code 5002 observed (reference §7.1 item 1,
  // UNCONFIRMED). We use 5002 with the field's own message.
  '5002': { status: VALIDATION, title: 'Validation failed', message: '{0}' },
};

// NIC IRP e-invoice codes (reference §9.2). Messages are NIC's texts.
const nicIrn: Record<string, CatalogueEntry> = {
  '2139': { status: 500, message: 'Error while creating invoice' },
  '2140': { status: VALIDATION, message: 'Error while validating invoice' },
  '2142': { status: VALIDATION, message: 'Incomplete request parameters' },
  '2143': { status: 403, message: 'Invoice does not belongs to the user GSTIN' },
  '2144': { status: VALIDATION, message: 'Document date should be in the format (dd/MM/yyyy)' },
  '2145': { status: VALIDATION, message: 'IRN is not valid' },
  '2146': { status: 503, message: 'Unable to create IRN, Pls. try after some time' },
  '2147': { status: 503, message: 'Unable to sign invoice, Pl try after some time' },
  '2148': { status: 404, message: 'Requested IRN data is not available' },
  '2150': { status: 409, title: 'Duplicate', message: 'Duplicate IRN' },
  '2154': { status: 404, message: 'IRN details are not found' },
  '2155': { status: VALIDATION, message: 'Supplier GSTIN is required' },
  '2159': { status: VALIDATION, message: 'Invalid value for reverse charge applicable field' },
  '2161': { status: VALIDATION, message: 'Invalid Document Type' },
  '2162': { status: VALIDATION, message: 'Reverse Charge is applicable only for B2B invoices' },
  '2163': { status: VALIDATION, message: 'The document date should not be future date.' },
  '2169': { status: 403, message: 'Either supplier GSTIN or e-Commerce GSTIN can generate IRN.' },
  '2171': { status: VALIDATION, message: 'The recipient GSTIN cannot be URP, in case of Deemed Export transaction' },
  '2172': {
    status: VALIDATION,
    message:
      'For intra state transaction IGST amounts is not applicable for item - {0} and Sl. No {1} , only CGST and SGST amounts are applicable.',
  },
  '2173': { status: VALIDATION, message: 'You have exceeded the limit of number of items' },
  '2174': {
    status: VALIDATION,
    message: 'For inter state transaction, CGST and SGST Amounts are not applicable for item - {0}, only Igst Amounts are Applicable',
  },
  '2176': { status: VALIDATION, message: 'Invalid HSN code(s)-{0}' },
  '2177': { status: VALIDATION, message: 'Invalid item unit code(s)-{0}' },
  '2178': { status: VALIDATION, message: 'PIN code does not belong to the state - {0}' },
  '2179': { status: VALIDATION, message: 'Please check the Tax Rates for valid values(CGST ,IGST ,SGST Amounts)' },
  '2180': { status: VALIDATION, message: 'For export transaction CGST and SGST Amounts are not allowed for item -{0}' },
  '2181': { status: VALIDATION, message: 'Intra State transaction are not allowed for export transaction' },
  '2182': { status: VALIDATION, message: 'Taxable value of all items must be equal to total taxable value' },
  '2183': { status: VALIDATION, message: 'SGST value of all items must be equal to total SGST Value' },
  '2184': { status: VALIDATION, message: 'CGST value of all items must be equal to total CGST value' },
  '2185': { status: VALIDATION, message: 'IGST value of all items must be equal to total IGST Value' },
  '2186': { status: VALIDATION, message: 'Cess value of all items must be equal to total CessValue' },
  '2187': { status: VALIDATION, message: 'State Cess Value of all items must be equal to total State CessValue' },
  '2188': { status: VALIDATION, message: 'Non Advol Cess Value of all items must be equal to total Non Advol CessValue' },
  '2189': { status: VALIDATION, message: 'Invalid total Invoice Value' },
  '2190': { status: VALIDATION, message: 'The recipient Tax type is not valid for this kind of Transaction(exp)' },
  '2191': { status: VALIDATION, message: 'Original invoice number is required in case of Credit / Debit note' },
  '2192': { status: VALIDATION, message: 'TotAmt value should be equal to (Qty * UnitPrice) for HSN {0}' },
  // Current NIC text, quoted in reference §7.3 (the 2020 list of §9.2 had "… for HSN - {0}" without the Sl. No).
  '2193': { status: VALIDATION, message: 'For HSN - {0} and Sl. No - {1}, AssAmt value should be equal to (TotAmt - Discount)' },
  '2194': { status: VALIDATION, message: 'Invalid total item value for HSN - {0}' },
  '2195': { status: VALIDATION, message: 'e-Commerce Gstin should be TCS' },
  '2196': { status: VALIDATION, message: 'URP is not allowed for export category' },
  '2197': { status: VALIDATION, message: 'e-commerce GSTIN is mandatory for e-com Transaction' },
  '2200': { status: VALIDATION, message: 'Invalid state code {0} in dispatch details or ship details' },
  '2201': { status: VALIDATION, message: 'Invalid Port Code' },
  '2202': { status: VALIDATION, message: 'Invalid Country Code' },
  '2203': { status: VALIDATION, message: 'Invalid Foreign Currency' },
  '2208': { status: VALIDATION, message: 'Export details are required' },
  '2210': { status: VALIDATION, message: 'Original invoice number is not required for the document type Invoice' },
  '2211': { status: VALIDATION, message: 'Supplier and recipient GSTIN should not be the same.' },
  '2212': { status: VALIDATION, message: 'The recipient GSTIN cannot be URP for supply type {0}' },
  '2213': { status: VALIDATION, message: 'The supplier GSTIN cannot be URP' },
  '2219': { status: VALIDATION, message: 'The from date should be equal or earlier than the to date' },
  '2220': { status: VALIDATION, message: 'Total discount value cannot be greater than or equal total invoice value' },
  '2224': { status: VALIDATION, message: 'e-com Gstin should not be provided' },
  '2225': { status: VALIDATION, message: 'Incorrect date format in document details' },
  '2226': { status: 403, message: 'You are not authorised to get IRN data' },
  '2227': { status: VALIDATION, message: 'SGST and CGST Amounts should be equal for HSN - {0}' },
  '2228': { status: VALIDATION, message: 'Item list cannot be empty' },
  '2229': { status: VALIDATION, message: 'Recipient POS should be other country(96) incase of transaction -{0}' },
  '2230': {
    status: VALIDATION,
    message: 'This IRN cannot be cancelled because e-way bill has been generated , you can cancel e-way bill and then try cancelling IRN',
  },
  '2231': { status: VALIDATION, message: 'Cannot generate e-Invoice as the supplier GSTIN - {0} is SEZ' },
  '2232': { status: VALIDATION, message: 'POS should be other country(code: 96 ) for {0} transaction' },
  '2233': { status: VALIDATION, message: 'Duplicate SI nos are not allowed in items' },
  '2234': { status: VALIDATION, message: 'Invalid SGST and CGST Amounts for HSN - {0}.' },
  '2235': { status: VALIDATION, message: 'IGST amount given with HSN -{0} is Invalid' },
  '2236': {
    status: VALIDATION,
    message:
      "In case of export transactions, the 'Ship-To' address should be of the place or port from where the goods are being exported.",
  },
  '2237': { status: VALIDATION, message: 'The recipient tax payer of is of type SEZ , CGST and SGST Amounts are not allowed for HSN -{0}' },
  '2238': { status: VALIDATION, message: 'Quantity is required for HSN - {0}' },
  '2239': { status: VALIDATION, message: 'Unit is required for HSN - {0}' },
  '2240': { status: VALIDATION, message: 'Invalid GST rate for HSN -{0}' },
  '2241': { status: VALIDATION, message: 'CGST and SGST amounts with HSN{0} are required for intra state transaction' },
  '2242': { status: VALIDATION, message: 'Recipient POS should not be Other Country(code -96) incase of transaction type {0}' },
  '2243': { status: VALIDATION, message: 'POS should be valid state for {0} transaction' },
  '2244': { status: VALIDATION, message: 'Recipient PIN code is mandatory for transaction -{0}' },
  '2245': { status: VALIDATION, message: 'ShipTo state code should be same as POS for B2B transaction' },
  '2246': { status: VALIDATION, message: 'Recipient cannot be SEZ for - {0} transaction' },
  '2247': { status: VALIDATION, message: 'Recipient should be SEZ for transaction {0}' },
  '2248': { status: VALIDATION, message: 'Recipient has to be URP in case of export transactions' },
  '2249': {
    status: VALIDATION,
    message: 'Combination of goods and service items are not allowed for inter state transaction with POS same as the supplier state',
  },
  '2251': { status: VALIDATION, message: 'E-Way Bill can be generated provided at least HSN of one item belongs to goods' },
  '2252': { status: VALIDATION, message: 'E-way Bill is not generated for document types of Debit Note and Credit Note and Services.' },
  '2253': { status: VALIDATION, message: 'Vehicle number and vehicle type should be passed in case of transportation mode is Road.' },
  '2254': {
    status: VALIDATION,
    message: 'The transport document number and date should be passed in case of transportation mode is other than Road.',
  },
  '2255': { status: VALIDATION, message: 'Requested Payload is empty' },
  '2258': { status: VALIDATION, message: 'Supplier GSTIN state code should be same as the sate code passed in supplier details' },
  '2259': { status: VALIDATION, message: 'Invalid supplier state code' },
  '2260': { status: VALIDATION, message: 'Invalid recipient state code' },
  '2261': { status: VALIDATION, message: 'Recipient state code should be other country(code: 96 ) for {0} transaction' },
  '2262': { status: VALIDATION, message: 'Supplier statecode and POS should be same for intra state supply but chargeable to IGST' },
  '2263': { status: VALIDATION, message: 'Invalid value for IGSTonIntra field' },
  '2265': { status: VALIDATION, message: 'Recipient GSTIN state code should be same as the sate code passed in recipient details' },
  '2266': { status: VALIDATION, message: 'Cess amount given with HSN -{0} is invalid' },
  '2267': { status: VALIDATION, message: 'State Cess amount given with HSN -{0} is Invalid' },
  '2270': { status: VALIDATION, message: 'The allowed cancellation time limit is crossed, you cannot cancel the IRN' },
  '2278': {
    status: 409,
    title: 'Duplicate',
    message:
      'IRN is already generated and is cancelled for this Document number. The duplicate IRN cannot be generated for the same number.',
  },
  '2283': { status: 404, message: 'IRN details cannot be provided as it is generated more than {0} days ago' },
  '9999': { status: VALIDATION, message: 'Invoice is not active' },
};

// NIC IRP e-way bill codes (reference §9.3), used by EwbDtls and e-way bill by IRN.
const nicIrpEwb: Record<string, CatalogueEntry> = {
  '4000': { status: VALIDATION, message: 'Status of the IRN is not active' },
  '4001': { status: 503, message: 'Error ocurred while creating Eway Bill' },
  '4002': { status: 409, message: 'EwayBill is already generated for this IRN' },
  '4003': { status: 404, message: 'Requested IRN data is not available' },
  '4005': { status: 404, message: 'Eway Bill details are not found' },
  '4009': { status: VALIDATION, message: 'E Way Bill can be generated provided at least HSN of one item belongs to goods.' },
  '4010': { status: VALIDATION, message: 'E-way Bill cannot generated for Debit Note, Credit Note and Services.' },
  '4011': { status: VALIDATION, message: 'Vehicle number should be passed in case of transportation mode is Road.' },
  '4012': { status: VALIDATION, message: 'The transport document number should be passed for transportation modes air and rail' },
  '4013': { status: VALIDATION, message: 'The distance between the pincodes given is too high or low.' },
  '4014': { status: VALIDATION, message: 'Invalid Vehicle Number' },
  '4015': { status: VALIDATION, message: 'EWayBill will not be generated for blocked User -{0}' },
  '4016': { status: VALIDATION, message: 'Transport document date cannot be a future date' },
  '4017': { status: VALIDATION, message: 'Incorrect date format' },
  '4018': { status: VALIDATION, message: 'Invalid Transporter ID' },
  '4019': { status: VALIDATION, message: 'Provide Transporter ID in order to generate Part A of e-Way Bill' },
  '4020': { status: VALIDATION, message: 'Invalid vehicle type .' },
  '4021': { status: VALIDATION, message: 'Transporter document date cannot be earlier than the invoice date.' },
  '4022': { status: VALIDATION, message: 'vehicle type should be passed in case of transportation mode is Road.' },
  '4023': { status: VALIDATION, message: 'The transport document date should be passed for of transportation modes air and rail.' },
  '4024': { status: VALIDATION, message: 'Vehicle type should not be ODC when transmode is other than road and ship' },
  '4026': { status: 409, message: 'Duplicate EwayBill for the given document numer, EwbNo - ({0})' },
  '4027': { status: VALIDATION, message: 'Transporter Id is mandatory for generation of Part A slip' },
  '4028': { status: VALIDATION, message: 'Transport mode is mandatory as Vehicle Number/Transport Document Number is given' },
  '4029': {
    status: VALIDATION,
    message: 'Valid distance to be sent in case of same pin codes, you cannot send 0 as distance in this case.',
  },
  '4030': {
    status: VALIDATION,
    message: 'The distance between the pincodes {0} and {1} is not available in the system, you need to pass the actual distance.',
  },
  '4031': { status: VALIDATION, message: 'Ship to details are mandatory for export transactions to generate e-Way Bill.' },
  '4032': { status: VALIDATION, message: 'Ship to state code cannot be other country code(96) for e-Way Bill generation' },
  '4033': { status: VALIDATION, message: 'Ship to PIN code cannot be 999999 for e-Way Bill generation' },
  '4034': {
    status: VALIDATION,
    message: 'Since the you passed Supplier/Recepient/Dispatch from/Ship to Pincode as 999999, distance cannot be 0',
  },
  '4035': { status: VALIDATION, message: 'Dispatch state code cannot be other country code(96) for e-Way Bill generation' },
  '4036': { status: VALIDATION, message: 'Dispatch PIN code cannot be 999999 for e-Way Bill generation' },
  '4037': { status: 403, message: 'You are not authorised to get data' },
  '4038': { status: VALIDATION, message: 'The distance between the pincodes given is too high' },
  '4039': { status: VALIDATION, message: 'Vehicle type can not be regular when transport mode is ship' },
  '4040': { status: VALIDATION, message: 'For Ship Transport, either vehicle number or transport document number is required' },
};

// NIC e-way bill system codes (reference nic-ewaybill-gst.md A9: the GetErrorList dump; MasterGST-only
// texts where the dump lacks the code). 3-digit, so they never collide with the IRP's 4-digit codes.
// Status: 404 unknown number, 403 not the caller's e-way bill (api.md §2), 409 duplicate (604).
const nicEwb: Record<string, CatalogueEntry> = {
  '201': { status: VALIDATION, message: 'Invalid Supply Type' },
  '202': { status: VALIDATION, message: 'Invalid Sub-supply Type' },
  '203': { status: VALIDATION, message: 'Sub-transaction type does not belongs to transaction type' },
  '204': { status: VALIDATION, message: 'Invalid Document type' },
  '205': { status: VALIDATION, message: 'Document type does not match with transaction & Sub trans type' },
  '206': { status: VALIDATION, message: 'Invaild Invoice Number' },
  '207': { status: VALIDATION, message: 'Invalid Invoice Date' },
  '208': { status: VALIDATION, message: 'Invalid Supplier GSTIN (/ Enrolled URP)' },
  '209': { status: VALIDATION, message: 'Blank Supplier Address' },
  '210': { status: VALIDATION, message: 'Invalid or Blank Supplier PIN Code' },
  '211': { status: VALIDATION, message: 'Invalid or Blank Supplier state Code' },
  '212': { status: VALIDATION, message: 'Invalid Consignee GSTIN' },
  '213': { status: VALIDATION, message: 'Invalid Consignee Address' },
  '214': { status: VALIDATION, message: 'Invalid Consignee PIN Code' },
  '215': { status: VALIDATION, message: 'Invalid Consignee State Code' },
  '216': { status: VALIDATION, message: 'Invalid HSN Code' },
  '217': { status: VALIDATION, message: 'Invalid UQC Code' },
  '218': { status: VALIDATION, message: 'Invalid Tax Rate for Intra State Transaction' },
  '219': { status: VALIDATION, message: 'Invalid Tax Rate for Inter State Transaction' },
  '220': { status: VALIDATION, message: 'Invalid Trans mode' },
  '221': { status: VALIDATION, message: 'Invalid Approximate Distance' },
  '222': { status: VALIDATION, message: 'Invalid Transporter Id' },
  '223': { status: VALIDATION, message: 'Invalid Transaction Document Number' },
  '224': { status: VALIDATION, message: 'Invalid Transaction Date' },
  '225': { status: VALIDATION, message: 'Invalid Vehicle Number Format' },
  '226': { status: VALIDATION, message: 'Both Transaction and Vehicle Number Blank' },
  '227': { status: VALIDATION, message: 'User Gstin cannot be blank' },
  '229': { status: VALIDATION, message: 'Supplier name is required' },
  '230': { status: VALIDATION, message: 'Supplier place is required' },
  '231': { status: VALIDATION, message: 'Consignee name is required' },
  '232': { status: VALIDATION, message: 'Consignee place is required' },
  '233': { status: VALIDATION, message: 'Eway bill does not contains any items' },
  '234': { status: VALIDATION, message: 'Total amount/Taxable amout is mandatory' },
  '235': { status: VALIDATION, message: 'Tax rates for Intra state transaction is blank' },
  '236': { status: VALIDATION, message: 'Tax rates for Inter state transaction is blank' },
  '251': { status: VALIDATION, message: 'CGST nad SGST TaxRate should be same' },
  '252': { status: VALIDATION, message: 'Invalid CGST Tax Rate' },
  '253': { status: VALIDATION, message: 'Invalid SGST Tax Rate' },
  '254': { status: VALIDATION, message: 'Invalid IGST Tax Rate' },
  '255': { status: VALIDATION, message: 'Invalid CESS Rate' },
  '280': { status: VALIDATION, message: 'Status is not ACTIVE' },
  '281': { status: VALIDATION, message: 'Eway Bill is already expired hence update transporter is not allowed.' },
  '282': { status: VALIDATION, message: 'At least 4 digit HSN code is mandatory for taxpayers with turnover less than 5Cr.' },
  '283': { status: VALIDATION, message: 'At least 6 digit HSN code is mandatory for taxpayers with turnover 5Cr. and above' },
  '301': { status: 404, message: 'Invalid eway bill number' },
  '302': { status: VALIDATION, message: 'Invalid transporter mode' },
  '303': { status: VALIDATION, message: 'Vehicle number is required' },
  '304': { status: VALIDATION, message: 'Invalid vehicle format' },
  '305': { status: VALIDATION, message: 'Place from is required' },
  '306': { status: VALIDATION, message: 'Invalid from state' },
  '307': { status: VALIDATION, message: 'Invalid reason' },
  '308': { status: VALIDATION, message: 'Invalid remarks' },
  '311': { status: VALIDATION, message: 'Validity period lapsed, you cannot update vehicle details' },
  '312': { status: VALIDATION, message: 'This eway bill is either not generated by you or cancelled' },
  '315': { status: VALIDATION, message: 'Validity period lapsed, you cannot cancel this eway bill' },
  '320': { status: VALIDATION, message: 'Invalid state to' },
  '321': { status: VALIDATION, message: 'Invalid place to' },
  '322': { status: VALIDATION, message: 'Could not generate consolidated eway bill' },
  '325': { status: 404, message: 'Could not retrieve data' },
  '338': {
    status: VALIDATION,
    message: 'You cannot update transporter details, as the current tranporter is already entered Part B details of the eway bill',
  },
  '339': { status: 403, message: 'You are not assigned to update the tranporter details of this eway bill' },
  '341': { status: 403, message: 'This e-way bill is generated by you and hence you cannot reject it' },
  '342': { status: 403, message: 'You cannot reject this e-way bill as you are not the other party to do so' },
  '343': { status: VALIDATION, message: 'This e-way bill is cancelled' },
  '344': { status: 404, message: 'Invalid eway bill number' },
  '345': { status: VALIDATION, message: 'Validity period lapsed, you cannot reject the e-way bill' },
  '346': { status: VALIDATION, message: 'You can reject the e-way bill only within 72 hours from generated timel' },
  '347': { status: VALIDATION, message: 'Validation of eway bill number failed, while rejecting ewaybill' },
  '357': { status: 403, message: 'Could not retrieve eway bill details, pl. contact helpdesk' },
  '358': { status: 403, message: 'GSTIN passed in request header is not matching with the user gstin mentioned in payload JSON' },
  '359': { status: 403, message: 'User GSTIN should match to GSTIN(from) for outward transactions' },
  '360': { status: 403, message: 'User GSTIN should match to GSTIN(to) for inward transactions' },
  '361': { status: VALIDATION, message: 'Invalid Vehicle Type' },
  '362': { status: VALIDATION, message: 'Transporter document date cannot be earlier than the invoice date' },
  '369': { status: 403, message: 'GSTIN/Transin passed in request header should match with the transported Id mentioned in payload JSON' },
  '370': {
    status: 403,
    message: 'GSTIN/Transin passed in request header should not be the same as supplier(fromGSTIN) or recepient(toGSTIN)',
  },
  '371': { status: VALIDATION, message: 'Invalid or Blank Supplier Ship-to State Code' },
  '372': { status: VALIDATION, message: 'Invalid or Blank Consignee Ship-to State Code' },
  '373': { status: VALIDATION, message: 'The Supplier ship-from state code should be Other Country for Sub Supply Type- Export' },
  '374': { status: VALIDATION, message: 'The Consignee pin code should be 999999 for Sub Supply Type- Export' },
  '375': { status: VALIDATION, message: 'The Supplier ship-to state code should be Other Country for Sub Supply Type- Import' },
  '376': { status: VALIDATION, message: 'The Supplier pin code should be 999999 for Sub Supply Type- Import' },
  '377': { status: VALIDATION, message: 'Sub Supply Type is mentioned as Others, the description for that is mandatory' },
  '378': { status: VALIDATION, message: 'The supplier or conginee belong to SEZ, Inter state tax rates are applicable here' },
  '379': { status: VALIDATION, message: 'Eway Bill can not be extended.. Already Cancelled' },
  '380': { status: VALIDATION, message: 'Eway Bill Can not be Extended. Not in Active State' },
  '381': { status: VALIDATION, message: 'There is No PART-B/Vehicle Entry.. So Please Update Vehicle Information..' },
  '382': { status: VALIDATION, message: 'You Cannot Extend as EWB can be Extended only 8 hour before or after w.r.t Validity of EWB..!!' },
  '384': { status: 403, message: 'You are not current transporter or Generator of the ewayBill, with no transporter details.' },
  '385': { status: VALIDATION, message: 'For Rail/Ship/Air transDocNo and transDocDate is mandatory' },
  '386': { status: VALIDATION, message: 'Reason Code, Remarks is mandatory.' },
  '387': { status: 404, message: 'No Record Found for Entered consolidated eWay bill.' },
  '389': { status: VALIDATION, message: 'Remaining Distance Required' },
  '390': { status: VALIDATION, message: 'Remaining Distance Can not be greater than Actual Distance.' },
  '391': { status: VALIDATION, message: 'No eway bill of specified tripsheet, neither ACTIVE nor not Valid.' },
  '392': { status: VALIDATION, message: 'Tripsheet is already cancelled, Hence Regeration is not possible' },
  '394': { status: VALIDATION, message: 'For other than Road Transport, TransDoc number is required' },
  '395': { status: VALIDATION, message: 'Eway Bill Number should be numeric only' },
  '398': { status: VALIDATION, message: 'Eway Bill Item List is Empty' },
  '399': { status: VALIDATION, message: 'Unit Code is not matching with any of the Unit Code from ItemList' },
  '400': { status: VALIDATION, message: 'total quantity is exceeding from multi vehicle movement initiation quantity' },
  '402': { status: VALIDATION, message: 'total quantity can not be less than or equal to zero' },
  '405': {
    status: 404,
    message: 'No record found for multi vehicle update with specified ewbNo groupNo and old vehicleNo/transDocNo with status as ACT',
  },
  '406': { status: VALIDATION, message: 'Group number cannot be empty or zero' },
  '407': { status: VALIDATION, message: 'Invalid old vehicle number format' },
  '408': { status: VALIDATION, message: 'Invalid new vehicle number format' },
  '409': { status: VALIDATION, message: 'Invalid old transDoc number' },
  '410': { status: VALIDATION, message: 'Invalid new transDoc number' },
  '411': { status: 404, message: 'Multi Vehicle Initiation data is not there for specified ewayBill and group No' },
  '412': { status: VALIDATION, message: 'Multi Vehicle movement is already Initiated,hence PART B updation not allowed' },
  '413': { status: VALIDATION, message: 'Unit Code is not matching with unit code of first initiaton' },
  '436': { status: VALIDATION, message: 'Invalid Consignee ship to State Code for the given pincode' },
  '437': { status: VALIDATION, message: 'Invalid Supplier ship from State Code for the given pincode' },
  '450': { status: VALIDATION, message: 'For outward-export ewaybill, To GSTIN has to be either URP or SEZ' },
  '451': { status: VALIDATION, message: 'For inward-import ewaybill, From GSTIN has to be either URP or SEZ' },
  '604': {
    status: 409,
    message: 'E-way bill(s) are already generated for the same document number, you cannot generate again on same document number',
  },
  '607': { status: VALIDATION, message: 'dispatch from gstin is mandatary' },
  '608': { status: VALIDATION, message: 'ship to from gstin is mandatary' },
  '609': { status: VALIDATION, message: 'invalid ship to from gstin' },
  '610': { status: VALIDATION, message: 'invalid dispatch from gstin' },
  '611': { status: VALIDATION, message: 'invalid document type for the given supply type' },
  '612': { status: VALIDATION, message: 'Invalid transaction type' },
  '614': { status: VALIDATION, message: 'Transaction type is mandatory' },
  '615': { status: VALIDATION, message: 'Dispatch From GSTIN cannot be sent as the transaction type selected is Regular' },
  '616': { status: VALIDATION, message: 'Ship to GSTIN cannot be sent as the transaction type selected is Regular' },
  '617': { status: VALIDATION, message: 'Bill-from and dispatch-from gstin should not be same for this transaction type' },
  '618': { status: VALIDATION, message: 'Bill-to and ship-to gstin should not be same for this transaction type' },
  '619': { status: VALIDATION, message: 'Transporter Id is mandatory for generation of Part A slip' },
  '620': { status: VALIDATION, message: 'Total invoice value cannot be less than the sum of total assessible value and tax values' },
  '621': { status: VALIDATION, message: 'trans mode is mandatory since vehicle number is present' },
  '622': { status: VALIDATION, message: 'trans mode is mandatory since trans doc number is present' },
  '623': { status: VALIDATION, message: 'IGST value is not applicable for Intra State Transaction' },
  '624': { status: VALIDATION, message: 'SGST/CGST value is not applicable for Inter State Transaction' },
  '627': { status: VALIDATION, message: 'Total value should not be negative' },
  '628': { status: VALIDATION, message: 'Total invoice value should not be negative' },
  '629': { status: VALIDATION, message: 'IGST value should not be negative' },
  '630': { status: VALIDATION, message: 'CGST value should not be negative' },
  '631': { status: VALIDATION, message: 'SGST value should not be negative' },
  '632': { status: VALIDATION, message: 'Cess value should not be negative' },
  '633': { status: VALIDATION, message: 'Cess non advol should not be negative' },
  '634': { status: VALIDATION, message: 'Vehicle type should not be ODC when transmode is other than road' },
  '635': {
    status: VALIDATION,
    message: 'You cannot update part B, as the current tranporter is already entered Part B details of the eway bill',
  },
  '636': { status: 403, message: 'You are not assigned to update part B' },
  '637': {
    status: VALIDATION,
    message: 'You cannot extend ewaybill, as the current tranporter is already entered Part B details of the ewaybill',
  },
  '640': { status: VALIDATION, message: 'Tolal Invoice value is mandatory' },
  '643': { status: VALIDATION, message: 'For regular transaction, Bill from state code and Dispatch from state code should be same' },
  '644': { status: VALIDATION, message: 'For regular transaction, Bill to state code and Ship to state code should be same' },
  '645': { status: VALIDATION, message: 'You cannot do Multi Vehicle movement, as current transporeter already entered part B' },
  '646': { status: 403, message: 'You are not assigned to do multi vehicle movement' },
  '648': {
    status: VALIDATION,
    message: 'Multi Vehicle movement is already Initiated,hence generation of consolidated eway bill is not allowed',
  },
  '649': {
    status: VALIDATION,
    message: 'You cannot generate consolidated eway bill , as the current tranporter is already entered Part B details of the eway bill',
  },
  '650': { status: 403, message: 'You are not assigned to generate consolidated ewaybill' },
  '653': { status: VALIDATION, message: 'The Ewaybill is cancelled' },
  '700': { status: 403, message: 'You are not assigned to extend e-waybill' },
  '702': { status: VALIDATION, message: 'The distance between the pincodes given is too high' },
  '703': { status: VALIDATION, message: 'Since the consignor is Composite Taxpayer, inter state transactions are not allowed' },
  '704': { status: VALIDATION, message: 'Since the consignor is Composite Taxpayer, Tax rates should be zero' },
  '705': { status: VALIDATION, message: 'Invalid transit type' },
  '706': { status: VALIDATION, message: 'Address Line1 is mandatory' },
  '707': { status: VALIDATION, message: 'Address Line2 is mandatory' },
  '708': { status: VALIDATION, message: 'Address Line3 is mandatory' },
  '710': { status: VALIDATION, message: 'Invalid state code for the given pincode' },
  '711': { status: VALIDATION, message: 'Invalid value for isInTransit field' },
  '712': { status: VALIDATION, message: 'Transit Type is not required as the good are not in movement' },
  '713': { status: VALIDATION, message: 'Transit Address is not required as the good are not in movement' },
  '714': { status: VALIDATION, message: 'Document type - Tax Invoice is not allowed for composite tax payer' },
  '715': {
    status: VALIDATION,
    message: 'The Consignor GSTIN is blocked from e-waybill generation as Return is not filed for past 2 months',
  },
  '716': {
    status: VALIDATION,
    message: 'The Consignee GSTIN is blocked from e-waybill generation as Return is not filed for past 2 months',
  },
  '717': {
    status: VALIDATION,
    message: 'The Transporter GSTIN is blocked from e-waybill generation as Return is not filed for past 2 months',
  },
  '718': { status: VALIDATION, message: 'The User GSTIN is blocked from Transporter Updation as Return is not filed for past 2 months' },
  '719': {
    status: VALIDATION,
    message: 'The Transporter GSTIN is blocked from Transporter Updation as Return is not filed for past 2 months',
  },
  '721': {
    status: VALIDATION,
    message: 'The distance between the given pincodes are not available in the system. Please provide distance',
  },
  '722': { status: VALIDATION, message: 'Consignee GSTIN is cancelled and document date is later than the De-Registration date' },
  '724': { status: VALIDATION, message: 'HSN code of at least one item should be of goods to generate e-Way Bill' },
  '726': { status: VALIDATION, message: 'Vehicle type can not be regular when transportation mode is ship' },
  '818': { status: VALIDATION, message: 'Validity period lapsed.Cannot generate consolidated Eway Bill' },
  '819': { status: VALIDATION, message: 'Ewaybill cannot be generated for the document date which is prior to 01/07/2017' },
  '820': { status: VALIDATION, message: 'You cannot generate e-Waybill with document date earlier than 180 days' },
  '821': { status: VALIDATION, message: 'e-Waybill cannot be extended as the allowed limit is 360 days' },
  '822': { status: VALIDATION, message: 'Both supplier and recipient cannot be URP' },
  '823': { status: VALIDATION, message: 'Invalid transdoc number format for railway' },
  '855': { status: VALIDATION, message: 'Supplier GSTIN could not be TDS or TCS' },
  '857': {
    status: VALIDATION,
    message: 'SHIP TO - state code is not valid statecode for BILL_TO_SHIP_TO and Combination transaction types',
  },
  '858': {
    status: VALIDATION,
    message: 'SHIP TO - PIN code must belong to the ActToStateCode for BILL_TO_SHIP_TO and Combination transaction types',
  },
  '863': { status: VALIDATION, message: 'Ship to tradename is mandatory for BILL_TO_SHIP_TO and Combination transaction types' },
  '864': { status: VALIDATION, message: 'Ship to GSTIN cannot be sent as the transaction type selected is bill from and dispatch from' },
  '865': {
    status: VALIDATION,
    message:
      'BILL TO - GSTIN state code does not match with the to-state code passed for BILL_TO_SHIP_TO and Combination transaction types',
  },
};

export const catalogue: Readonly<Record<string, CatalogueEntry>> = { ...platform, ...nicVital, ...nicIrn, ...nicIrpEwb, ...nicEwb };

/** Fills `{0}`, `{1}` … in a template. */
export function formatMessage(template: string, params: readonly (string | number)[] = []): string {
  return template.replace(/\{(\d+)\}/g, (_, i: string) => String(params[Number(i)] ?? ''));
}

/** A Problem for a catalogue code. Unknown codes are a programming error. */
export function problem(code: string, params: readonly (string | number)[] = [], field?: string): Problem {
  const entry = catalogue[code];
  if (!entry) throw new Error(`error code ${code} is not in the catalogue`);
  const p: Problem = { code, message: formatMessage(entry.message, params) };
  if (field !== undefined) p.field = field;
  return p;
}

export function statusOf(code: string): number {
  return catalogue[code]?.status ?? 400;
}

/** The error services throw. `errors[0]` decides the HTTP status and the problem's `code`. */
export class GstError extends Error {
  readonly status: number;
  /** Same as status: Fastify reads `statusCode` when a validator returns this error. */
  readonly statusCode: number;
  /** The first problem's code (a plain field: Fastify may write it back). */
  code: string;
  readonly errors: Problem[];
  readonly info?: unknown[];
  readonly headers?: Record<string, string>;

  constructor(errors: Problem[], opts: { status?: number; info?: unknown[]; headers?: Record<string, string> } = {}) {
    if (errors.length === 0) throw new Error('GstError needs at least one problem');
    super(errors.map((e) => `${e.code}: ${e.message}`).join('; '));
    this.name = 'GstError';
    this.errors = errors;
    this.status = opts.status ?? statusOf(errors[0].code);
    this.statusCode = this.status;
    this.code = errors[0].code;
    this.info = opts.info;
    this.headers = opts.headers;
  }

  static of(code: string, params: readonly (string | number)[] = [], field?: string): GstError {
    return new GstError([problem(code, params, field)]);
  }
}

/** Throws one catalogue error. */
export function fail(code: string, params: readonly (string | number)[] = [], field?: string): never {
  throw GstError.of(code, params, field);
}

/** Throws when any problems were collected (all failures of a payload together, api.md §2). */
export function failIfAny(problems: Problem[], info?: unknown[]): void {
  if (problems.length > 0) throw new GstError(problems, { info });
}
