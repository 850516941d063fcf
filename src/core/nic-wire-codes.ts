/**
 * Texts of NIC codes that belong to the wire protocol rather than to a business rule, so the error
 * catalogue (errors.ts) does not hold them. One table for both sides: the sandbox's /nic surface
 * answers with these texts and the nic provider uses them when NIC sends a code without a message.
 */

/** e-Invoice wire codes (nic-einvoice.md §2.1; texts UNCONFIRMED there). */
export const EINVOICE_WIRE_MESSAGES: Readonly<Record<string, string>> = {
  '1020': 'Decryption failed',
  '5003': 'Data cannot be null or empty',
};

/**
 * e-Way bill session, envelope and read codes (nic-ewaybill-gst.md A9). Texts are NIC's own
 * (GetErrorList dump), typos included.
 */
export const EWB_WIRE_MESSAGES: Readonly<Record<string, string>> = {
  '100': 'Invalid Json',
  '101': 'Invalid Username',
  '102': 'Invalid Password',
  '103': 'Invalid Client -Id',
  '104': 'Invalid Client Secret',
  '105': 'Invalid Token',
  '106': 'Token Expired',
  '107': 'Authentication failed. Pls. inform the helpdesk',
  '108': 'Invalid login credentials.',
  '109': 'Decryption of data failed',
  '110': 'Invalid Client-ID/Client-Secret',
  '111': 'GSTIN is not registerd to this GSP',
  '112': 'Inactive Client',
  '113': 'Inactive User',
  '114': 'Technical Error, Pl. contact the helpdesk.',
  '115': 'Request payload data cannot be empty',
  '116': 'Auth token is not valid for this client',
  '117': 'This option is not enabled in Eway Bill 2',
  '118': 'Try after 5 minutes',
  '237': 'Invalid client -Id/client-secret',
  '238': 'Invalid auth token',
  '239': 'Invalid action',
  '240': 'Could not generate eway bill, pls contact helpdesk',
  '309': 'Could not update vehicle details, pl contact helpdesk',
  '317': 'Could not cancel eway bill, please contact helpdesk',
  '326': 'Could not retrieve GSTIN details for the given GSTIN number',
  '327': 'Could not retrieve data from hsn',
  '328': 'Could not retrieve transporter details from gstin',
  '331': 'Could not retrieve Error code',
  '337': 'Could not retrieve HSN details for the given HSN number',
  '368': 'Could not update transporter',
  '383': 'Error While Extending..Please Contact Helpdesk.',
  '388': 'Exception in regenration of consolidated eWayBill!!Please Contact helpdesk',
  '393': 'Invalid GSTIN',
  '397': 'Error in Multi Vehicle Movement Initiation',
  '401': 'Error in inserting multi vehicle details',
  '403': 'Error in multi vehicle details',
  '658': 'You are blocked for accesing this API as the allowed number of requests has been exceeded',
  '813': 'Duplicate request at the same time',
};
