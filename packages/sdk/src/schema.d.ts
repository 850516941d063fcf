/**
 * GENERATED FILE, do not edit: the types of openapi.json, written by `npm run sdk:generate`
 * (openapi-typescript). CI fails when it differs from openapi.json (`npm run sdk:generate -- --check`).
 */

export interface paths {
    "/v1/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Platform, database and provider health (no auth)
         * @description No token and no rate limit, for load balancers and monitors. 200 status ok when the database answers and the provider (the sandbox, or the NIC systems with GSTGATE_PROVIDER=nic) is up; 503 status degraded, naming the part that is down.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "ok" | "degraded";
                            version: string;
                            uptimeSeconds: number;
                            database: {
                                /** @enum {string} */
                                kind: "pglite" | "postgres";
                                /** @enum {string} */
                                status: "up" | "down";
                            };
                            provider: {
                                /** @enum {string} */
                                name: "sandbox" | "nic";
                                /** @enum {string} */
                                status: "up" | "down";
                                detail?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "ok" | "degraded";
                            version: string;
                            uptimeSeconds: number;
                            database: {
                                /** @enum {string} */
                                kind: "pglite" | "postgres";
                                /** @enum {string} */
                                status: "up" | "down";
                            };
                            provider: {
                                /** @enum {string} */
                                name: "sandbox" | "nic";
                                /** @enum {string} */
                                status: "up" | "down";
                                detail?: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/authenticate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get a bearer token for an API user
         * @description Exchange GSTIN, user name and password for an opaque bearer token that acts for that GSTIN only.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description GSTIN the API user acts for */
                        gstin: string;
                        username: string;
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            token: string;
                            /** @enum {string} */
                            token_type: "Bearer";
                            /** @description Seconds until the token expires (GSTGATE_TOKEN_TTL_SECONDS, default 21600 as NIC) */
                            expires_in: number;
                        };
                    };
                };
                /** @description Missing, invalid or expired credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Request body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unsupported media type */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited (GSTGATE_RATE_LIMIT_PER_MINUTE per token, else per IP): retry after Retry-After seconds */
                429: {
                    headers: {
                        /** @description Seconds until the limit resets */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/einvoice/generate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Generate IRN
         * @description NIC IRP Generate IRN (v1.03 POST /eicore/v1.03/Invoice, nic-einvoice.md §4.1); INV-01 v1.1 schema §5; validations §7.1–7.3 of nic-einvoice.md; a duplicate answers 2150 with InfoDtls DUPIRN (§2.5); EwbDtls rules §7.4.
         *
         *     Registers an INV-01 v1.1 invoice with the IRP: validates it with NIC codes (all failures at once), computes the IRN, and returns the signed invoice and QR code. A document already registered gives 2150 with its first AckNo, AckDt and IRN in `info` (DUPIRN). With EwbDtls the e-way bill is generated too (EwbNo, EwbDt, EwbValidTill; EWBPPD in `info` when Distance was 0); if it fails the IRN is still registered and `info` has EWBERR with the e-way bill errors (4000–4040). Duplicate-IRN recovery: when the IRP times out (504) or answers 2150 for a document the gateway holds no copy of, the registered document is fetched and, if its buyer GSTIN and total value are the request's, returned as a success with RECOVERED in `info` and the header X-Gstgate-Recovered: true; otherwise 409 with 2150 and RECOVERY_MISMATCH. Asynchronous: with `"async": true` in the body (beside the INV-01 members) or `?async=true`, the answer is 202 with a job id and a Location to poll (GET /v1/jobs/{id}); the invoice is registered in the background, retried with backoff while the IRP fails with 502/503/504. A synchronous call that meets 503/504 is queued the same way (202, reason upstream-unavailable) unless GSTGATE_QUEUE_WHEN_DOWN=false.
         */
        post: {
            parameters: {
                query?: {
                    /** @description true: answer 202 with a job id at once and register the invoice in the background */
                    async?: "0" | "1" | "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            /** @description INV-01 v1.1 e-invoice (NIC schema "GST-India Invoice Document"); property names bind case-insensitively */
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description Schema version, "1.1"
                         * @enum {string}
                         */
                        Version: "1.1";
                        /** @description Must not be sent: the IRP computes the IRN */
                        Irn?: string | null;
                        /** @description Transaction details: tax scheme, supply type, reverse charge, e-commerce operator */
                        TranDtls: {
                            TaxSch: string;
                            /** @description B2B; SEZWP/SEZWOP SEZ with/without payment; EXPWP/EXPWOP export with/without payment; DEXP deemed export */
                            SupTyp: string;
                            /** @description Y: tax payable under reverse charge (B2B only) */
                            RegRev?: string | null;
                            /** @description GSTIN of the e-commerce operator (a TCS registration) */
                            EcmGstin?: string | null;
                            /** @description Y: intra-state supply chargeable to IGST */
                            IgstOnIntra?: string | null;
                        };
                        /** @description Document details: type, number and date */
                        DocDtls: {
                            /** @description INV invoice, CRN credit note, DBN debit note */
                            Typ: string;
                            /** @description Document number: 1–16 characters, first not 0, / or -; upper-cased by the IRP since 1 June 2025 */
                            No: string;
                            /** @description Document date dd/mm/yyyy */
                            Dt: string;
                        };
                        /** @description Supplier (seller) details */
                        SellerDtls: {
                            Gstin: string;
                            LglNm: string;
                            TrdNm?: string | null;
                            Addr1: string;
                            Addr2?: string | null;
                            Loc: string;
                            /** @description PIN code, 100000–999999 (999999 for a party outside India) */
                            Pin: number | string;
                            /** @description State code of the supplier (§10.2) */
                            Stcd: string;
                            Ph?: string | null;
                            Em?: string | null;
                        };
                        /** @description Recipient (buyer) details; PIN required by rule 2244 except for exports */
                        BuyerDtls: {
                            /** @description GSTIN of the recipient, URP for an export */
                            Gstin: string;
                            LglNm: string;
                            TrdNm?: string | null;
                            /** @description Place of supply state code; 96 outside India */
                            Pos: string;
                            Addr1: string;
                            Addr2?: string | null;
                            Loc: string;
                            Pin?: (number | string) | null;
                            /** @description State code of the recipient; 96 for a foreign recipient */
                            Stcd: string;
                            Ph?: string | null;
                            Em?: string | null;
                        };
                        DispDtls?: {
                            Nm: string;
                            Addr1: string;
                            Addr2?: string | null;
                            Loc: string;
                            /** @description PIN code, 100000–999999 (999999 for a party outside India) */
                            Pin: number | string;
                            Stcd: string;
                        } | null;
                        ShipDtls?: {
                            Gstin?: string | null;
                            LglNm: string;
                            TrdNm?: string | null;
                            Addr1: string;
                            Addr2?: string | null;
                            Loc: string;
                            /** @description PIN code, 100000–999999 (999999 for a party outside India) */
                            Pin: number | string;
                            Stcd: string;
                        } | null;
                        /** @description Invoice lines, 1 to 1000 */
                        ItemList: {
                            /** @description Serial number, unique in the invoice (2233) */
                            SlNo: string;
                            PrdDesc?: string | null;
                            /** @description Y service, N goods */
                            IsServc: string;
                            /** @description HSN (goods) or SAC (services, 99…), 4/6/8 digits */
                            HsnCd: string;
                            Barcde?: string | null;
                            /** @description Quantity; required for goods (2238) */
                            Qty?: number | null;
                            FreeQty?: number | null;
                            /** @description Unit Quantity Code (§10.3); required for goods (2239) */
                            Unit?: string | null;
                            UnitPrice: number;
                            /** @description Qty × UnitPrice */
                            TotAmt: number;
                            Discount?: number | null;
                            PreTaxVal?: number | null;
                            /** @description Taxable value: TotAmt − Discount */
                            AssAmt: number;
                            /** @description Combined GST rate: the IGST rate, or CGST + SGST */
                            GstRt: number;
                            IgstAmt?: number | null;
                            CgstAmt?: number | null;
                            SgstAmt?: number | null;
                            CesRt?: number | null;
                            CesAmt?: number | null;
                            CesNonAdvlAmt?: number | null;
                            StateCesRt?: number | null;
                            StateCesAmt?: number | null;
                            StateCesNonAdvlAmt?: number | null;
                            OthChrg?: number | null;
                            /** @description AssAmt + all taxes and cesses + OthChrg */
                            TotItemVal: number;
                            OrdLineRef?: string | null;
                            OrgCntry?: string | null;
                            PrdSlNo?: string | null;
                            BchDtls?: {
                                Nm: string;
                                ExpDt?: string | null;
                                WrDt?: string | null;
                            } | null;
                            AttribDtls?: {
                                Nm?: string | null;
                                Val?: string | null;
                            }[] | null;
                        }[];
                        /** @description Invoice totals */
                        ValDtls: {
                            /** @description Σ AssAmt */
                            AssVal: number;
                            CgstVal?: number | null;
                            SgstVal?: number | null;
                            IgstVal?: number | null;
                            /** @description Σ (CesAmt + CesNonAdvlAmt) */
                            CesVal?: number | null;
                            /** @description Σ (StateCesAmt + StateCesNonAdvlAmt) */
                            StCesVal?: number | null;
                            Discount?: number | null;
                            OthChrg?: number | null;
                            RndOffAmt?: number | null;
                            /** @description Σ TotItemVal + OthChrg − Discount + RndOffAmt (±1) */
                            TotInvVal: number;
                            TotInvValFc?: number | null;
                        };
                        PayDtls?: {
                            Nm?: string | null;
                            AccDet?: string | null;
                            Mode?: string | null;
                            FinInsBr?: string | null;
                            PayTerm?: string | null;
                            PayInstr?: string | null;
                            CrTrn?: string | null;
                            DirDr?: string | null;
                            CrDay?: number | null;
                            PaidAmt?: number | null;
                            PaymtDue?: number | null;
                        } | null;
                        RefDtls?: {
                            InvRm?: string | null;
                            DocPerdDtls?: {
                                InvStDt: string;
                                InvEndDt: string;
                            } | null;
                            PrecDocDtls?: {
                                InvNo: string;
                                InvDt: string;
                                OthRefNo?: string | null;
                            }[] | null;
                            ContrDtls?: {
                                RecAdvRefr?: string | null;
                                RecAdvDt?: string | null;
                                TendRefr?: string | null;
                                ContrRefr?: string | null;
                                ExtRefr?: string | null;
                                ProjRefr?: string | null;
                                PORefr?: string | null;
                                PORefDt?: string | null;
                            }[] | null;
                        } | null;
                        /** @description Additional supporting documents */
                        AddlDocDtls?: {
                            Url?: string | null;
                            Docs?: string | null;
                            Info?: string | null;
                        }[] | null;
                        ExpDtls?: {
                            ShipBNo?: string | null;
                            ShipBDt?: string | null;
                            Port?: string | null;
                            RefClm?: string | null;
                            ForCur?: string | null;
                            CntCode?: string | null;
                            ExpDuty?: number | null;
                        } | null;
                        EwbDtls?: {
                            TransId?: string | null;
                            TransName?: string | null;
                            /** @description 1 Road, 2 Rail, 3 Air, 4 Ship */
                            TransMode?: string | null;
                            /** @description Distance in km; 0 lets the IRP compute PIN to PIN */
                            Distance: number;
                            TransDocNo?: string | null;
                            TransDocDt?: string | null;
                            VehNo?: string | null;
                            /** @description R regular, O over-dimensional cargo */
                            VehType?: string | null;
                        } | null;
                    };
                };
            };
            responses: {
                /** @description The registered e-invoice */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description 64-char IRN: SHA-256 of seller GSTIN + FY + doc type + doc number */
                            Irn: string;
                            /** @description IRP acknowledgement number (15 digits) */
                            AckNo: number;
                            /** @description yyyy-MM-dd HH:mm:ss IST */
                            AckDt: string;
                            /** @description RS256 JWS; payload {data: invoice JSON text, iss} */
                            SignedInvoice: string;
                            /** @description RS256 JWS of the QR payload; print it as the QR code */
                            SignedQRCode: string;
                            /** @enum {string} */
                            Status: "ACT" | "CNL";
                            EwbNo: number | null;
                            EwbDt: string | null;
                            EwbValidTill: string | null;
                            Remarks: string | null;
                            /** @description DUPIRN, or for EwbDtls: EWBPPD (distance computed) or EWBERR (the IRN is registered, the e-way bill failed: its errors) */
                            info?: {
                                InfCd: string;
                                Desc: unknown;
                            }[];
                        };
                    };
                };
                /** @description 202 Accepted: the invoice is in the durable queue and will be registered with retries while the IRP fails */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Poll GET /v1/jobs/{jobId} */
                            jobId: string;
                            /** @enum {string} */
                            status: "queued";
                            /** @description /v1/jobs/{jobId}; also in the Location header */
                            statusUrl: string;
                            /**
                             * @description async: asked for with "async": true or ?async=true; upstream-unavailable: the IRP failed with 503/504 and the request was queued
                             * @enum {string}
                             */
                            reason: "async" | "upstream-unavailable";
                            message: string;
                        };
                    };
                };
                /** @description Invalid input or a business rule failed: every failure at once, each with its code and field (api.md §2) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Missing, invalid or expired credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description The resource belongs to another GSTIN, or the caller may not act on it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Unknown resource (or one of another GSTIN) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Duplicate (2150, 604), conflicting state, or a request with this Idempotency-Key still running */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Request body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unsupported media type */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Idempotency-Key reused with a different request */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited (GSTGATE_RATE_LIMIT_PER_MINUTE per token, else per IP): retry after Retry-After seconds */
                429: {
                    headers: {
                        /** @description Seconds until the limit resets */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The government system answered unexpectedly */
                502: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The government system is unavailable */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The government system did not answer in time */
                504: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/einvoice/irn/{irn}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get e-invoice by IRN
         * @description NIC IRP Get e-Invoice by IRN (GET /eicore/v1.03/Invoice/irn/{irn}, nic-einvoice.md §4.3); retrieval rules §7.5.
         *
         *     For the document's whole life (the IRP itself answers only for 2 days, 2283).
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The 64-character IRN */
                    irn: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The registered e-invoice */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description 64-char IRN: SHA-256 of seller GSTIN + FY + doc type + doc number */
                            Irn: string;
                            /** @description IRP acknowledgement number (15 digits) */
                            AckNo: number;
                            /** @description yyyy-MM-dd HH:mm:ss IST */
                            AckDt: string;
                            /** @description RS256 JWS; payload {data: invoice JSON text, iss} */
                            SignedInvoice: string;
                            /** @description RS256 JWS of the QR payload; print it as the QR code */
                            SignedQRCode: string;
                            /** @enum {string} */
                            Status: "ACT" | "CNL";
                            EwbNo: number | null;
                            EwbDt: string | null;
                            EwbValidTill: string | null;
                            Remarks: string | null;
                            /** @description DUPIRN, or for EwbDtls: EWBPPD (distance computed) or EWBERR (the IRN is registered, the e-way bill failed: its errors) */
                            info?: {
                                InfCd: string;
                                Desc: unknown;
                            }[];
                        };
                    };
                };
                /** @description Invalid input or a business rule failed: every failure at once, each with its code and field (api.md §2) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Missing, invalid or expired credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description The resource belongs to another GSTIN, or the caller may not act on it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Unknown resource (or one of another GSTIN) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Duplicate (2150, 604), conflicting state, or a request with this Idempotency-Key still running */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Rate limited (GSTGATE_RATE_LIMIT_PER_MINUTE per token, else per IP): retry after Retry-After seconds */
                429: {
                    headers: {
                        /** @description Seconds until the limit resets */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The government system answered unexpectedly */
                502: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The government system is unavailable */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The government system did not answer in time */
                504: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/einvoice/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List own e-invoices
         * @description The gateway's copies of the caller's e-invoices (as supplier or as filer), newest first, with filters on document date, status, buyer, value and a search over document number, IRN and buyer GSTIN; paged with `limit` and `before`.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Document date on or after (yyyy-mm-dd) */
                    from?: string;
                    /** @description Document date on or before (yyyy-mm-dd) */
                    to?: string;
                    status?: "ACT" | "CNL";
                    /** @description Buyer GSTIN (or part of it) */
                    buyer?: string;
                    /** @description Total invoice value at least */
                    minValue?: number;
                    /** @description Total invoice value at most */
                    maxValue?: number;
                    /** @description Search in document number, IRN and buyer GSTIN */
                    q?: string;
                    limit?: number;
                    /** @description Page cursor: `nextBefore` of the previous page */
                    before?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            documents: {
                                Irn: string;
                                DocTyp: string;
                                DocNo: string;
                                /** @description dd/mm/yyyy */
                                DocDt: string;
                                SellerGstin: string;
                                BuyerGstin: string | null;
                                TotInvVal: number;
                                AckNo: number;
                                AckDt: string;
                                /** @enum {string} */
                                Status: "ACT" | "CNL";
                                EwbNo: number | null;
                                CancelDate: string | null;
                                /** @description When the gateway registered it (ISO 8601) */
                                createdAt: string;
                            }[];
                            /** @description Pass as `before` for the next page; null on the last page */
                            nextBefore: string | null;
                        };
                    };
                };
                /** @description Invalid input or a business rule failed: every failure at once, each with its code and field (api.md §2) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Missing, invalid or expired credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description The resource belongs to another GSTIN, or the caller may not act on it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Unknown resource (or one of another GSTIN) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Duplicate (2150, 604), conflicting state, or a request with this Idempotency-Key still running */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Rate limited (GSTGATE_RATE_LIMIT_PER_MINUTE per token, else per IP): retry after Retry-After seconds */
                429: {
                    headers: {
                        /** @description Seconds until the limit resets */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/einvoice/document": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get e-invoice by document type, number and date
         * @description NIC IRP Get IRN by document details (GET /eicore/v1.03/Invoice/irnbydocdetails?doctype&docnum&docdate, nic-einvoice.md §4.4).
         */
        get: {
            parameters: {
                query: {
                    /** @description INV, CRN or DBN */
                    type: string;
                    number: string;
                    /** @description dd/mm/yyyy */
                    date: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The registered e-invoice */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description 64-char IRN: SHA-256 of seller GSTIN + FY + doc type + doc number */
                            Irn: string;
                            /** @description IRP acknowledgement number (15 digits) */
                            AckNo: number;
                            /** @description yyyy-MM-dd HH:mm:ss IST */
                            AckDt: string;
                            /** @description RS256 JWS; payload {data: invoice JSON text, iss} */
                            SignedInvoice: string;
                            /** @description RS256 JWS of the QR payload; print it as the QR code */
                            SignedQRCode: string;
                            /** @enum {string} */
                            Status: "ACT" | "CNL";
                            EwbNo: number | null;
                            EwbDt: string | null;
                            EwbValidTill: string | null;
                            Remarks: string | null;
                            /** @description DUPIRN, or for EwbDtls: EWBPPD (distance computed) or EWBERR (the IRN is registered, the e-way bill failed: its errors) */
                            info?: {
                                InfCd: string;
                                Desc: unknown;
                            }[];
                        };
                    };
                };
                /** @description Invalid input or a business rule failed: every failure at once, each with its code and field (api.md §2) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Missing, invalid or expired credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description The resource belongs to another GSTIN, or the caller may not act on it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Unknown resource (or one of another GSTIN) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Duplicate (2150, 604), conflicting state, or a request with this Idempotency-Key still running */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Rate limited (GSTGATE_RATE_LIMIT_PER_MINUTE per token, else per IP): retry after Retry-After seconds */
                429: {
                    headers: {
                        /** @description Seconds until the limit resets */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The government system answered unexpectedly */
                502: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The government system is unavailable */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The government system did not answer in time */
                504: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/einvoice/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel IRN
         * @description NIC IRP Cancel IRN (POST /eicore/v1.03/Invoice/Cancel, nic-einvoice.md §4.2); cancellation rules §7.5 (2270, 2143, 2230).
         *
         *     Within 24 hours of generation (2270), by the supplier (2143), not while its e-way bill is active (2230): cancel the e-way bill first.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        Irn: string;
                        /** @description 1 Duplicate, 2 Data entry mistake, 3 Order cancelled, 4 Others (NIC master) */
                        CnlRsn: string;
                        CnlRem: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            Irn: string;
                            /** @description yyyy-MM-dd HH:mm:ss IST */
                            CancelDate: string;
                        };
                    };
                };
                /** @description Invalid input or a business rule failed: every failure at once, each with its code and field (api.md §2) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Missing, invalid or expired credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description The resource belongs to another GSTIN, or the caller may not act on it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Unknown resource (or one of another GSTIN) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Duplicate (2150, 604), conflicting state, or a request with this Idempotency-Key still running */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Request body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unsupported media type */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Idempotency-Key reused with a different request */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited (GSTGATE_RATE_LIMIT_PER_MINUTE per token, else per IP): retry after Retry-After seconds */
                429: {
                    headers: {
                        /** @description Seconds until the limit resets */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The government system answered unexpectedly */
                502: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The government system is unavailable */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The government system did not answer in time */
                504: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/einvoice/ewaybill": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Generate e-way bill by IRN
         * @description NIC IRP Generate e-Way Bill by IRN (POST /eiewb/v1.03/ewaybill, nic-einvoice.md §4.5); rules §7.4; codes §9.3.
         *
         *     Asks the IRP for an e-way bill of a registered, active IRN (4000; unknown 4003, another GSTIN 2148). Road needs VehNo and VehType (4011, 4022), rail and air TransDocNo and TransDocDt (4012, 4023), ship either (4040); TransId alone gives a Part-A slip (EwbValidTill null; neither: 4019/4027). Distance 0 lets the IRP compute it (EWBPPD in `info`; same PIN 4029, unknown pair 4030); more than 10% above it 4038. Also 4009, 4010, 4014–4018, 4020, 4021, 4024, 4028, 4031–4036, 4039; one live e-way bill per IRN (4002), per document (4026). All failures at once.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            /** @description E-way bill for a registered IRN (NIC EWB by IRN v1.03) */
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The 64-character IRN */
                        Irn: string;
                        /** @description km; 0 lets the IRP compute the PIN-to-PIN distance (EWBPPD in info) */
                        Distance: number;
                        /** @description 1 Road, 2 Rail, 3 Air, 4 Ship (string or number) */
                        TransMode?: string | number | null;
                        /** @description Transporter GSTIN or TRANSIN; alone (no VehNo/TransDocNo) gives a Part-A slip */
                        TransId?: string | null;
                        TransName?: string | null;
                        /** @description Transport document (LR/RR/AWB/BL) number; required for rail and air */
                        TransDocNo?: string | null;
                        /** @description dd/mm/yyyy, not in the future nor before the invoice date */
                        TransDocDt?: string | null;
                        /** @description Vehicle number; required for road */
                        VehNo?: string | null;
                        /** @description R regular, O over-dimensional cargo */
                        VehType?: string | null;
                        /** @description Ship-to address for the e-way bill (an export ships to the port); else ShipDtls, else the buyer */
                        ExpShipDtls?: {
                            Addr1?: string | null;
                            Addr2?: string | null;
                            Loc?: string | null;
                            /** @description PIN code, 100000–999999 */
                            Pin: number | string;
                            /** @description State code */
                            Stcd: string | number;
                        } | null;
                        /** @description Dispatch-from address; else the invoice's DispDtls, else the seller */
                        DispDtls?: {
                            Nm?: string | null;
                            Addr1?: string | null;
                            Addr2?: string | null;
                            Loc?: string | null;
                            /** @description PIN code, 100000–999999 */
                            Pin: number | string;
                            /** @description State code */
                            Stcd: string | number;
                        } | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description 12-digit e-way bill number */
                            EwbNo: number;
                            /** @description yyyy-MM-dd HH:mm:ss IST */
                            EwbDt: string;
                            /** @description yyyy-MM-dd HH:mm:ss IST; null for a Part-A slip (no vehicle or transport document yet) */
                            EwbValidTill: string | null;
                            /** @description EWBPPD when the IRP computed the distance */
                            info?: {
                                InfCd: string;
                                Desc: unknown;
                            }[];
                        };
                    };
                };
                /** @description Invalid input or a business rule failed: every failure at once, each with its code and field (api.md §2) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Missing, invalid or expired credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description The resource belongs to another GSTIN, or the caller may not act on it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Unknown resource (or one of another GSTIN) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Duplicate (2150, 604), conflicting state, or a request with this Idempotency-Key still running */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Request body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unsupported media type */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Idempotency-Key reused with a different request */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited (GSTGATE_RATE_LIMIT_PER_MINUTE per token, else per IP): retry after Retry-After seconds */
                429: {
                    headers: {
                        /** @description Seconds until the limit resets */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The government system answered unexpectedly */
                502: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The government system is unavailable */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The government system did not answer in time */
                504: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/einvoice/irn/{irn}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Printable e-invoice (PDF)
         * @description Printed from NIC IRP Get e-Invoice by IRN (nic-einvoice.md §4.3): the SignedInvoice and SignedQRCode of §6.3.
         *
         *     The e-invoice as an A4 PDF: IRN, Ack No and date, the signed QR code (SignedQRCode, large enough to scan), supplier and recipient, the items, a tax summary by GST rate, the totals in figures and in words (Indian numbering), the e-way bill when there is one, and a CANCELLED stamp once cancelled. Printed from the invoice the IRP signed (SignedInvoice). Same access as GET /v1/einvoice/irn/{irn}: 2145 malformed IRN, 2148 unknown or another GSTIN's.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The 64-character IRN */
                    irn: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The printable document, A4 (application/pdf; Content-Disposition: inline; filename="…") */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": string;
                    };
                };
                /** @description Invalid input or a business rule failed: every failure at once, each with its code and field (api.md §2) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Missing, invalid or expired credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description The resource belongs to another GSTIN, or the caller may not act on it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Unknown resource (or one of another GSTIN) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Duplicate (2150, 604), conflicting state, or a request with this Idempotency-Key still running */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Rate limited (GSTGATE_RATE_LIMIT_PER_MINUTE per token, else per IP): retry after Retry-After seconds */
                429: {
                    headers: {
                        /** @description Seconds until the limit resets */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/einvoice/irn/{irn}/ewaybill": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the e-way bill of an IRN
         * @description NIC IRP Get e-Way Bill details by IRN (GET /eiewb/v1.03/ewaybill/irn/{irn}, nic-einvoice.md §4.6).
         *
         *     The e-way bill generated with or by the IRN, as the e-way bill system has it now (Status CNL once cancelled there). None: 4005; another GSTIN: 2148.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The 64-character IRN */
                    irn: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            EwbNo: number;
                            /** @description As the e-way bill system has it now: ACT, CNL (cancelled there), DIS (discarded Part-A slip) */
                            Status: string;
                            /** @description GSTIN that generated the e-way bill */
                            GenGstin: string;
                            /** @description yyyy-MM-dd HH:mm:ss IST */
                            EwbDt: string;
                            EwbValidTill: string | null;
                        };
                    };
                };
                /** @description Invalid input or a business rule failed: every failure at once, each with its code and field (api.md §2) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Missing, invalid or expired credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description The resource belongs to another GSTIN, or the caller may not act on it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Unknown resource (or one of another GSTIN) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Duplicate (2150, 604), conflicting state, or a request with this Idempotency-Key still running */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Rate limited (GSTGATE_RATE_LIMIT_PER_MINUTE per token, else per IP): retry after Retry-After seconds */
                429: {
                    headers: {
                        /** @description Seconds until the limit resets */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The government system answered unexpectedly */
                502: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The government system is unavailable */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The government system did not answer in time */
                504: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/einvoice/gstin/{gstin}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * GSTIN details from the IRP master
         * @description NIC IRP Get GSTIN details (GET /eivital/v1.03/Master/gstin/{gstin}, nic-einvoice.md §4.8).
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    gstin: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            Gstin: string;
                            TradeName: string | null;
                            LegalName: string;
                            AddrBnm: string | null;
                            AddrBno: string | null;
                            AddrFlno: string | null;
                            AddrSt: string | null;
                            AddrLoc: string | null;
                            StateCode: number;
                            AddrPncd: number | null;
                            TxpType: string;
                            /** @enum {string} */
                            Status: "ACT" | "CNL" | "INA" | "PRO";
                            /** @enum {string} */
                            BlkStatus: "B" | "U";
                            DtReg: string;
                            DtDReg: string | null;
                        };
                    };
                };
                /** @description Invalid input or a business rule failed: every failure at once, each with its code and field (api.md §2) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Missing, invalid or expired credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description The resource belongs to another GSTIN, or the caller may not act on it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Unknown resource (or one of another GSTIN) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Duplicate (2150, 604), conflicting state, or a request with this Idempotency-Key still running */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Rate limited (GSTGATE_RATE_LIMIT_PER_MINUTE per token, else per IP): retry after Retry-After seconds */
                429: {
                    headers: {
                        /** @description Seconds until the limit resets */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The government system answered unexpectedly */
                502: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The government system is unavailable */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The government system did not answer in time */
                504: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/einvoice/gstin/{gstin}/sync": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sync GSTIN details from the GST common portal
         * @description NIC IRP Sync GSTIN from Common Portal (GET /eivital/v1.03/Master/syncgstin/{gstin}, nic-einvoice.md §4.9).
         *
         *     The fix NIC suggests for 3028/3029: refresh the IRP master, then retry.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    gstin: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            Gstin: string;
                            TradeName: string | null;
                            LegalName: string;
                            AddrBnm: string | null;
                            AddrBno: string | null;
                            AddrFlno: string | null;
                            AddrSt: string | null;
                            AddrLoc: string | null;
                            StateCode: number;
                            AddrPncd: number | null;
                            TxpType: string;
                            /** @enum {string} */
                            Status: "ACT" | "CNL" | "INA" | "PRO";
                            /** @enum {string} */
                            BlkStatus: "B" | "U";
                            DtReg: string;
                            DtDReg: string | null;
                        };
                    };
                };
                /** @description Invalid input or a business rule failed: every failure at once, each with its code and field (api.md §2) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Missing, invalid or expired credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description The resource belongs to another GSTIN, or the caller may not act on it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Unknown resource (or one of another GSTIN) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Duplicate (2150, 604), conflicting state, or a request with this Idempotency-Key still running */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Idempotency-Key reused with a different request */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited (GSTGATE_RATE_LIMIT_PER_MINUTE per token, else per IP): retry after Retry-After seconds */
                429: {
                    headers: {
                        /** @description Seconds until the limit resets */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The government system answered unexpectedly */
                502: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The government system is unavailable */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The government system did not answer in time */
                504: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/jobs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * State of an asynchronous generation
         * @description A job queued by POST /v1/einvoice/generate (202). completed: `result` is the generate response; failed: `error` is the problem the synchronous call would have answered. Another GSTIN’s job is 404, as an unknown one.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The job id (a UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description An asynchronous e-invoice generation */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            type: "einvoice.generate";
                            /**
                             * @description queued (waiting for its first attempt), running, retrying (the IRP failed with 502/503/504; another attempt follows at nextAttemptAt), completed (result), failed (error: a business rejection, never retried, or the IRP still failing after the last attempt)
                             * @enum {string}
                             */
                            state: "queued" | "running" | "retrying" | "completed" | "failed";
                            /** @description Attempts made so far */
                            attempts: number;
                            /** @description ISO-8601 */
                            createdAt: string;
                            /** @description ISO-8601: the last change of state */
                            updatedAt: string;
                            /** @description ISO-8601, once completed or failed */
                            completedAt?: string;
                            /** @description ISO-8601, while queued or retrying */
                            nextAttemptAt?: string;
                            /** @description The generate response, as the synchronous call answers it (info included) */
                            result?: {
                                /** @description 64-char IRN: SHA-256 of seller GSTIN + FY + doc type + doc number */
                                Irn: string;
                                /** @description IRP acknowledgement number (15 digits) */
                                AckNo: number;
                                /** @description yyyy-MM-dd HH:mm:ss IST */
                                AckDt: string;
                                /** @description RS256 JWS; payload {data: invoice JSON text, iss} */
                                SignedInvoice: string;
                                /** @description RS256 JWS of the QR payload; print it as the QR code */
                                SignedQRCode: string;
                                /** @enum {string} */
                                Status: "ACT" | "CNL";
                                EwbNo: number | null;
                                EwbDt: string | null;
                                EwbValidTill: string | null;
                                Remarks: string | null;
                                /** @description DUPIRN, or for EwbDtls: EWBPPD (distance computed) or EWBERR (the IRN is registered, the e-way bill failed: its errors) */
                                info?: {
                                    InfCd: string;
                                    Desc: unknown;
                                }[];
                            };
                            /** @description failed: why; retrying: the last attempt failed with it */
                            error?: {
                                type: string;
                                title: string;
                                status: number;
                                /** @description First error code: NIC code where NIC has one, else a documented platform code */
                                code: string;
                                errors: {
                                    code: string;
                                    message: string;
                                    field?: string;
                                }[];
                                info?: unknown[];
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Invalid input or a business rule failed: every failure at once, each with its code and field (api.md §2) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Missing, invalid or expired credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Unknown resource (or one of another GSTIN) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Rate limited (GSTGATE_RATE_LIMIT_PER_MINUTE per token, else per IP): retry after Retry-After seconds */
                429: {
                    headers: {
                        /** @description Seconds until the limit resets */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The caller GSTIN's jobs
         * @description Newest first, optionally of one state; finished jobs are kept GSTGATE_JOB_RETENTION_DAYS.
         */
        get: {
            parameters: {
                query?: {
                    state?: "queued" | "running" | "retrying" | "completed" | "failed";
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The caller GSTIN's jobs, newest first */
                            jobs: {
                                id: string;
                                /** @enum {string} */
                                type: "einvoice.generate";
                                /**
                                 * @description queued (waiting for its first attempt), running, retrying (the IRP failed with 502/503/504; another attempt follows at nextAttemptAt), completed (result), failed (error: a business rejection, never retried, or the IRP still failing after the last attempt)
                                 * @enum {string}
                                 */
                                state: "queued" | "running" | "retrying" | "completed" | "failed";
                                /** @description Attempts made so far */
                                attempts: number;
                                /** @description ISO-8601 */
                                createdAt: string;
                                /** @description ISO-8601: the last change of state */
                                updatedAt: string;
                                /** @description ISO-8601, once completed or failed */
                                completedAt?: string;
                                /** @description ISO-8601, while queued or retrying */
                                nextAttemptAt?: string;
                                /** @description The generate response, as the synchronous call answers it (info included) */
                                result?: {
                                    /** @description 64-char IRN: SHA-256 of seller GSTIN + FY + doc type + doc number */
                                    Irn: string;
                                    /** @description IRP acknowledgement number (15 digits) */
                                    AckNo: number;
                                    /** @description yyyy-MM-dd HH:mm:ss IST */
                                    AckDt: string;
                                    /** @description RS256 JWS; payload {data: invoice JSON text, iss} */
                                    SignedInvoice: string;
                                    /** @description RS256 JWS of the QR payload; print it as the QR code */
                                    SignedQRCode: string;
                                    /** @enum {string} */
                                    Status: "ACT" | "CNL";
                                    EwbNo: number | null;
                                    EwbDt: string | null;
                                    EwbValidTill: string | null;
                                    Remarks: string | null;
                                    /** @description DUPIRN, or for EwbDtls: EWBPPD (distance computed) or EWBERR (the IRN is registered, the e-way bill failed: its errors) */
                                    info?: {
                                        InfCd: string;
                                        Desc: unknown;
                                    }[];
                                };
                                /** @description failed: why; retrying: the last attempt failed with it */
                                error?: {
                                    type: string;
                                    title: string;
                                    status: number;
                                    /** @description First error code: NIC code where NIC has one, else a documented platform code */
                                    code: string;
                                    errors: {
                                        code: string;
                                        message: string;
                                        field?: string;
                                    }[];
                                    info?: unknown[];
                                    requestId: string;
                                };
                            }[];
                        };
                    };
                };
                /** @description Invalid input or a business rule failed: every failure at once, each with its code and field (api.md §2) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Missing, invalid or expired credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Unknown resource (or one of another GSTIN) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Rate limited (GSTGATE_RATE_LIMIT_PER_MINUTE per token, else per IP): retry after Retry-After seconds */
                429: {
                    headers: {
                        /** @description Seconds until the limit resets */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/einvoice/bulk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Bulk upload of invoices (CSV, XLSX or JSON)
         * @description The file is the request body: `Content-Type: text/csv` or `application/vnd.openxmlformats-officedocument.spreadsheetml.sheet` with the columns of docs/bulk-columns.md (one row per item, grouped into invoices by DocTyp, DocNo, DocDt; template at GET /v1/einvoice/bulk/template), or `application/json` with an array of INV-01 invoices. Answered 202 with a batch id: a job validates every invoice first (the NIC codes of POST /v1/einvoice/generate), then registers the valid ones. Other media types 415 BULK_UNSUPPORTED_FORMAT; more than GSTGATE_BULK_MAX_ROWS rows 413 BULK_TOO_MANY_ROWS; more than GSTGATE_BULK_MAX_BYTES 413 PAYLOAD_TOO_LARGE; an unreadable file or header 400 BULK_FILE_INVALID.
         */
        post: {
            parameters: {
                query?: {
                    /** @description Name of the uploaded file, kept with the batch */
                    filename?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            batchId: string;
                            /** @enum {string} */
                            status: "validating" | "queued";
                            /** @description Invoices in the file (one result row each) */
                            rows: number;
                            fileRows: number;
                            statusUrl: string;
                        };
                    };
                };
                /** @description Invalid input or a business rule failed: every failure at once, each with its code and field (api.md §2) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Missing, invalid or expired credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Unknown resource (or one of another GSTIN) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Duplicate (2150, 604), conflicting state, or a request with this Idempotency-Key still running */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Request body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Unsupported media type */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Idempotency-Key reused with a different request */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited (GSTGATE_RATE_LIMIT_PER_MINUTE per token, else per IP): retry after Retry-After seconds */
                429: {
                    headers: {
                        /** @description Seconds until the limit resets */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/einvoice/bulk/template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Bulk upload template (CSV or XLSX)
         * @description The header of docs/bulk-columns.md and two example invoices of the demo GSTIN, dated today (government clock).
         */
        get: {
            parameters: {
                query?: {
                    format?: "csv" | "xlsx";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Rate limited (GSTGATE_RATE_LIMIT_PER_MINUTE per token, else per IP): retry after Retry-After seconds */
                429: {
                    headers: {
                        /** @description Seconds until the limit resets */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/einvoice/bulk/{batchId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Bulk batch progress
         * @description validating → generating → completed, with counts per outcome. Another GSTIN’s batch is 404.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    batchId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A bulk batch and its progress */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            batchId: string;
                            /** @enum {string} */
                            state: "validating" | "generating" | "completed";
                            fileName: string | null;
                            /** @enum {string} */
                            format: "csv" | "xlsx" | "json";
                            /** @description Invoices in the file */
                            total: number;
                            /** @description Data rows of the file (CSV/XLSX: one per item) */
                            fileRows: number;
                            validated: number;
                            /** @description Validated and not invalid (waiting, being generated, or settled) */
                            valid: number;
                            invalid: number;
                            generated: number;
                            failed: number;
                            duplicate: number;
                            /** @description Validation counts for half, generation for the other half */
                            progress: number;
                            createdAt: string;
                            updatedAt: string;
                        };
                    };
                };
                /** @description Invalid input or a business rule failed: every failure at once, each with its code and field (api.md §2) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Missing, invalid or expired credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Unknown resource (or one of another GSTIN) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Request body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Unsupported media type */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Rate limited (GSTGATE_RATE_LIMIT_PER_MINUTE per token, else per IP): retry after Retry-After seconds */
                429: {
                    headers: {
                        /** @description Seconds until the limit resets */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/einvoice/bulk/{batchId}/rows": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Per-invoice results of a bulk batch
         * @description One row per invoice in file order: status pending, valid, invalid, generating, generated (Irn, AckNo, AckDt), failed (errors with NIC codes) or duplicate (2150; Irn, AckNo, AckDt of the registered document).
         */
        get: {
            parameters: {
                query?: {
                    status?: "pending" | "valid" | "invalid" | "generating" | "generated" | "failed" | "duplicate";
                    limit?: number;
                    offset?: number;
                };
                header?: never;
                path: {
                    batchId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            rows: {
                                /** @description File row of the invoice (its first item row; the header is row 1) or its 1-based index in a JSON array */
                                rowNo: number;
                                lastRowNo: number;
                                docType: string | null;
                                docNo: string | null;
                                docDate: string | null;
                                /** @enum {string} */
                                status: "pending" | "valid" | "invalid" | "generating" | "generated" | "failed" | "duplicate";
                                irn: string | null;
                                ackNo: number | null;
                                ackDt: string | null;
                                errors: {
                                    code: string;
                                    message: string;
                                    /** @description INV-01 path, e.g. ItemList[0].IgstAmt */
                                    field?: string;
                                    /** @description Column of the file, when one maps to the field */
                                    column?: string;
                                }[];
                            }[];
                            limit: number;
                            offset: number;
                        };
                    };
                };
                /** @description Invalid input or a business rule failed: every failure at once, each with its code and field (api.md §2) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Missing, invalid or expired credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Unknown resource (or one of another GSTIN) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Request body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Unsupported media type */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Rate limited (GSTGATE_RATE_LIMIT_PER_MINUTE per token, else per IP): retry after Retry-After seconds */
                429: {
                    headers: {
                        /** @description Seconds until the limit resets */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/einvoice/bulk/{batchId}/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download the results of a bulk batch (CSV or XLSX)
         * @description Columns: RowNo, LastRowNo, DocTyp, DocNo, DocDt, Status, Irn, AckNo, AckDt, ErrorCodes, ErrorMessages.
         */
        get: {
            parameters: {
                query?: {
                    format?: "csv" | "xlsx";
                };
                header?: never;
                path: {
                    batchId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Rate limited (GSTGATE_RATE_LIMIT_PER_MINUTE per token, else per IP): retry after Retry-After seconds */
                429: {
                    headers: {
                        /** @description Seconds until the limit resets */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ewaybill/generate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Generate an e-way bill (GENEWAYBILL)
         * @description NIC e-way bill API v1.03 action GENEWAYBILL (POST /ewayapi/, nic-ewaybill-gst.md §A3); combinations §A3.3 (203, 205, 611), rules §A3.4, validity §A6.1, distance §A7, vehicle numbers §A8.
         *
         *     Part-A with, optionally, Part-B (vehicle or transport document). Without Part-B it is a Part-A slip: transporterId is required (619) and validity starts at the first Part-B. transDistance 0 lets the portal compute the PIN-to-PIN distance (reported in alert; 721 when unknown); more than 10% above it is 702. One e-way bill per consignor, document type and number: a second gets 604 (409).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            /** @description GENEWAYBILL payload (NIC e-way bill API v1.03) */
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Must be the token’s GSTIN (358) */
                        userGstin?: string;
                        /** @description O outward, I inward */
                        supplyType: string;
                        /** @description 1 Supply … 12 Exhibition or fairs */
                        subSupplyType: number | string;
                        subSupplyDesc?: string;
                        /** @description INV, BIL, BOE, CHL, OTH */
                        docType: string;
                        docNo: string;
                        /** @description dd/mm/yyyy */
                        docDate: string;
                        /** @description 1 Regular, 2 Bill To-Ship To, 3 Bill From-Dispatch From, 4 both */
                        transactionType: number | string;
                        /** @description GSTIN or URP */
                        fromGstin: string;
                        fromTrdName?: string;
                        fromAddr1?: string;
                        fromAddr2?: string;
                        fromPlace?: string;
                        fromPincode: number | string;
                        /** @description GST state code; 99 Other Country */
                        fromStateCode: number | string;
                        /** @description GST state code; 99 Other Country */
                        actFromStateCode: number | string;
                        dispatchFromGSTIN?: string;
                        dispatchFromTradeName?: string;
                        toGstin: string;
                        toTrdName?: string;
                        toAddr1?: string;
                        toAddr2?: string;
                        toPlace?: string;
                        toPincode: number | string;
                        /** @description GST state code; 99 Other Country */
                        toStateCode: number | string;
                        /** @description GST state code; 99 Other Country */
                        actToStateCode: number | string;
                        shipToGSTIN?: string;
                        shipToTradeName?: string;
                        totalValue?: number | string;
                        cgstValue?: number | string;
                        sgstValue?: number | string;
                        igstValue?: number | string;
                        cessValue?: number | string;
                        cessNonAdvolValue?: number | string;
                        otherValue?: number | string;
                        totInvValue: number | string;
                        transporterId?: string;
                        transporterName?: string;
                        /** @description 1 Road, 2 Rail, 3 Air, 4 Ship */
                        transMode?: number | string;
                        /** @description km; 0 lets the portal compute the PIN-to-PIN distance */
                        transDistance: number | string;
                        transDocNo?: string;
                        transDocDate?: string;
                        vehicleNo?: string;
                        /** @description R regular, O over-dimensional cargo */
                        vehicleType?: string;
                        itemList: ({
                            itemNo?: number;
                            productName?: string;
                            productDesc?: string;
                            hsnCode: number | string;
                            quantity?: number | string;
                            /** @description UQC, e.g. NOS, KGS, BOX */
                            qtyUnit?: string;
                            taxableAmount: number | string;
                            cgstRate?: number | string;
                            sgstRate?: number | string;
                            igstRate?: number | string;
                            cessRate?: number | string;
                            cessNonAdvol?: number | string;
                        } & {
                            [key: string]: unknown;
                        })[];
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            ewayBillNo: number;
                            /** @description dd/MM/yyyy hh:mm:ss AM|PM, IST */
                            ewayBillDate: string;
                            /** @description dd/MM/yyyy 11:59:00 PM, IST; null for a Part-A slip until its first Part-B */
                            validUpto: string | null;
                            /** @description e.g. the computed distance when transDistance was 0 */
                            alert: string;
                        };
                    };
                };
                /** @description Invalid input or a business rule failed: every failure at once, each with its code and field (api.md §2) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Missing, invalid or expired credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description The resource belongs to another GSTIN, or the caller may not act on it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Unknown resource (or one of another GSTIN) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Duplicate (2150, 604), conflicting state, or a request with this Idempotency-Key still running */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Request body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unsupported media type */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Idempotency-Key reused with a different request */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited (GSTGATE_RATE_LIMIT_PER_MINUTE per token, else per IP): retry after Retry-After seconds */
                429: {
                    headers: {
                        /** @description Seconds until the limit resets */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The government system answered unexpectedly */
                502: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The government system is unavailable */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The government system did not answer in time */
                504: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ewaybill/update-partb": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Update Part-B / vehicle (VEHEWB)
         * @description NIC e-way bill action VEHEWB (nic-ewaybill-gst.md §A4.1); vehicle numbers §A8; validity §A6.1.
         *
         *     By the current transporter, or the generator while no transporter has entered Part-B (635, 636). The first Part-B starts the validity; later ones do not change it. Not after expiry (311), on a cancelled bill (312), a discarded Part-A slip (343) or during multi-vehicle movement (412).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            /** @description VEHEWB payload */
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 12-digit e-way bill number */
                        ewbNo: number | string;
                        vehicleNo?: string;
                        fromPlace: string;
                        /** @description GST state code; 99 Other Country */
                        fromState: number | string;
                        /** @description 1 Break down, 2 Transhipment, 3 Others, 4 First time */
                        reasonCode: number | string;
                        reasonRem?: string;
                        transDocNo?: string;
                        transDocDate?: string;
                        /** @description 1 Road, 2 Rail, 3 Air, 4 Ship */
                        transMode: number | string;
                        vehicleType?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description dd/MM/yyyy hh:mm:ss AM|PM, IST */
                            vehUpdDate: string;
                            /** @description dd/MM/yyyy 11:59:00 PM, IST; null for a Part-A slip until its first Part-B */
                            validUpto: string | null;
                        };
                    };
                };
                /** @description Invalid input or a business rule failed: every failure at once, each with its code and field (api.md §2) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Missing, invalid or expired credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description The resource belongs to another GSTIN, or the caller may not act on it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Unknown resource (or one of another GSTIN) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Duplicate (2150, 604), conflicting state, or a request with this Idempotency-Key still running */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Request body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unsupported media type */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Idempotency-Key reused with a different request */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited (GSTGATE_RATE_LIMIT_PER_MINUTE per token, else per IP): retry after Retry-After seconds */
                429: {
                    headers: {
                        /** @description Seconds until the limit resets */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The government system answered unexpectedly */
                502: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The government system is unavailable */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The government system did not answer in time */
                504: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ewaybill/update-transporter": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Assign or change the transporter (UPDATETRANSPORTER)
         * @description NIC e-way bill action UPDATETRANSPORTER (nic-ewaybill-gst.md §A4.2).
         *
         *     By the generator or the current transporter (339); not after expiry (281) or once the transporter entered Part-B (338).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            /** @description UPDATETRANSPORTER payload */
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 12-digit e-way bill number */
                        ewbNo: number | string;
                        transporterId: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            ewayBillNo: string;
                            transporterId: string;
                            /** @description dd/MM/yyyy hh:mm:ss AM|PM, IST */
                            transUpdateDate: string;
                        };
                    };
                };
                /** @description Invalid input or a business rule failed: every failure at once, each with its code and field (api.md §2) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Missing, invalid or expired credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description The resource belongs to another GSTIN, or the caller may not act on it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Unknown resource (or one of another GSTIN) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Duplicate (2150, 604), conflicting state, or a request with this Idempotency-Key still running */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Request body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unsupported media type */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Idempotency-Key reused with a different request */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited (GSTGATE_RATE_LIMIT_PER_MINUTE per token, else per IP): retry after Retry-After seconds */
                429: {
                    headers: {
                        /** @description Seconds until the limit resets */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The government system answered unexpectedly */
                502: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The government system is unavailable */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The government system did not answer in time */
                504: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ewaybill/extend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Extend validity (EXTENDVALIDITY)
         * @description NIC e-way bill action EXTENDVALIDITY (nic-ewaybill-gst.md §A4.5); time windows §A6.2.
         *
         *     From 8 hours before to 8 hours after the end of validity (382), by the current transporter or, with none, the generator. New validity counts the remaining distance from today, at most 360 days from the e-way bill date (821).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            /** @description EXTENDVALIDITY payload */
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 12-digit e-way bill number */
                        ewbNo: number | string;
                        vehicleNo?: string;
                        fromPlace: string;
                        /** @description GST state code; 99 Other Country */
                        fromState: number | string;
                        fromPincode: number | string;
                        remainingDistance: number | string;
                        transDocNo?: string;
                        transDocDate?: string;
                        /** @description 1–4, or 5 In Transit */
                        transMode: number | string;
                        /** @description 1 Natural calamity, 2 Law and order, 4 Transshipment, 5 Accident, 99 Others */
                        extnRsnCode: number | string;
                        extnRemarks: string;
                        /** @description M in movement, T in transit */
                        consignmentStatus: string;
                        /** @description R road, W warehouse, O others (in transit only) */
                        transitType?: string;
                        addressLine1?: string;
                        addressLine2?: string;
                        addressLine3?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            ewayBillNo: string;
                            /** @description dd/MM/yyyy hh:mm:ss AM|PM, IST */
                            updatedDate: string;
                            validUpto: string;
                        };
                    };
                };
                /** @description Invalid input or a business rule failed: every failure at once, each with its code and field (api.md §2) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Missing, invalid or expired credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description The resource belongs to another GSTIN, or the caller may not act on it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Unknown resource (or one of another GSTIN) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Duplicate (2150, 604), conflicting state, or a request with this Idempotency-Key still running */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Request body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unsupported media type */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Idempotency-Key reused with a different request */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited (GSTGATE_RATE_LIMIT_PER_MINUTE per token, else per IP): retry after Retry-After seconds */
                429: {
                    headers: {
                        /** @description Seconds until the limit resets */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The government system answered unexpectedly */
                502: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The government system is unavailable */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The government system did not answer in time */
                504: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ewaybill/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel an e-way bill (CANEWB)
         * @description NIC e-way bill action CANEWB (nic-ewaybill-gst.md §A4.3).
         *
         *     By its generator (312), within 24 hours of generation (315).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            /** @description CANEWB payload */
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 12-digit e-way bill number */
                        ewbNo: number | string;
                        /** @description 1 Duplicate, 2 Order cancelled, 3 Data entry mistake, 4 Others */
                        cancelRsnCode: number | string;
                        cancelRmrk?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            ewayBillNo: string;
                            /** @description dd/MM/yyyy hh:mm:ss AM|PM, IST */
                            cancelDate: string;
                        };
                    };
                };
                /** @description Invalid input or a business rule failed: every failure at once, each with its code and field (api.md §2) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Missing, invalid or expired credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description The resource belongs to another GSTIN, or the caller may not act on it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Unknown resource (or one of another GSTIN) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Duplicate (2150, 604), conflicting state, or a request with this Idempotency-Key still running */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Request body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unsupported media type */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Idempotency-Key reused with a different request */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited (GSTGATE_RATE_LIMIT_PER_MINUTE per token, else per IP): retry after Retry-After seconds */
                429: {
                    headers: {
                        /** @description Seconds until the limit resets */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The government system answered unexpectedly */
                502: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The government system is unavailable */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The government system did not answer in time */
                504: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ewaybill/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reject an e-way bill generated by the other party (REJEWB)
         * @description NIC e-way bill action REJEWB (nic-ewaybill-gst.md §A4.4).
         *
         *     By the other party of the supply (341, 342), within 72 hours of generation (346).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            /** @description REJEWB payload */
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 12-digit e-way bill number */
                        ewbNo: number | string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            ewayBillNo: string;
                            /** @description dd/MM/yyyy hh:mm:ss AM|PM, IST */
                            ewbRejectedDate: string;
                        };
                    };
                };
                /** @description Invalid input or a business rule failed: every failure at once, each with its code and field (api.md §2) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Missing, invalid or expired credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description The resource belongs to another GSTIN, or the caller may not act on it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Unknown resource (or one of another GSTIN) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Duplicate (2150, 604), conflicting state, or a request with this Idempotency-Key still running */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Request body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unsupported media type */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Idempotency-Key reused with a different request */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited (GSTGATE_RATE_LIMIT_PER_MINUTE per token, else per IP): retry after Retry-After seconds */
                429: {
                    headers: {
                        /** @description Seconds until the limit resets */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The government system answered unexpectedly */
                502: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The government system is unavailable */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The government system did not answer in time */
                504: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ewaybill/consolidate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Generate a consolidated e-way bill / trip sheet (GENCEWB)
         * @description NIC e-way bill action GENCEWB (nic-ewaybill-gst.md §A4.6).
         *
         *     Several e-way bills in one vehicle: the caller must be the generator or the transporter of each (650), each active and valid (818).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            /** @description GENCEWB payload */
            requestBody: {
                content: {
                    "application/json": {
                        fromPlace: string;
                        /** @description GST state code; 99 Other Country */
                        fromState: number | string;
                        vehicleNo?: string;
                        /** @description 1 Road, 2 Rail, 3 Air, 4 Ship */
                        transMode: number | string;
                        transDocNo?: string;
                        transDocDate?: string;
                        tripSheetEwbBills: ({
                            /** @description 12-digit e-way bill number */
                            ewbNo: number | string;
                        } & {
                            [key: string]: unknown;
                        })[];
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description 10-digit consolidated e-way bill number */
                            cEwbNo: number;
                            /** @description dd/MM/yyyy hh:mm:ss AM|PM, IST */
                            cEwbDate: string;
                        };
                    };
                };
                /** @description Invalid input or a business rule failed: every failure at once, each with its code and field (api.md §2) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Missing, invalid or expired credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description The resource belongs to another GSTIN, or the caller may not act on it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Unknown resource (or one of another GSTIN) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Duplicate (2150, 604), conflicting state, or a request with this Idempotency-Key still running */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Request body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unsupported media type */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Idempotency-Key reused with a different request */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited (GSTGATE_RATE_LIMIT_PER_MINUTE per token, else per IP): retry after Retry-After seconds */
                429: {
                    headers: {
                        /** @description Seconds until the limit resets */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The government system answered unexpectedly */
                502: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The government system is unavailable */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The government system did not answer in time */
                504: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ewaybill/multi-vehicle/initiate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Initiate multi-vehicle movement (MULTIVEHMOVINT)
         * @description NIC e-way bill action MULTIVEHMOVINT (nic-ewaybill-gst.md §A4.7).
         *
         *     Splits a consignment over several vehicles: the unit must be one of the items (399), the quantities must add up (400).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            /** @description MULTIVEHMOVINT payload */
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 12-digit e-way bill number */
                        ewbNo: number | string;
                        reasonCode: number | string;
                        reasonRem?: string;
                        fromPlace: string;
                        /** @description GST state code; 99 Other Country */
                        fromState: number | string;
                        toPlace: string;
                        /** @description GST state code; 99 Other Country */
                        toState: number | string;
                        /** @description 1 Road, 2 Rail, 3 Air, 4 Ship */
                        transMode: number | string;
                        totalQuantity: number | string;
                        unitCode: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            ewbNo: string;
                            groupNo: string;
                            /** @description dd/MM/yyyy hh:mm:ss AM|PM, IST */
                            createdDate: string;
                        };
                    };
                };
                /** @description Invalid input or a business rule failed: every failure at once, each with its code and field (api.md §2) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Missing, invalid or expired credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description The resource belongs to another GSTIN, or the caller may not act on it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Unknown resource (or one of another GSTIN) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Duplicate (2150, 604), conflicting state, or a request with this Idempotency-Key still running */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Request body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unsupported media type */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Idempotency-Key reused with a different request */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited (GSTGATE_RATE_LIMIT_PER_MINUTE per token, else per IP): retry after Retry-After seconds */
                429: {
                    headers: {
                        /** @description Seconds until the limit resets */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The government system answered unexpectedly */
                502: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The government system is unavailable */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The government system did not answer in time */
                504: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ewaybill/multi-vehicle/add": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a vehicle to a multi-vehicle group (MULTIVEHADD)
         * @description NIC e-way bill action MULTIVEHADD (nic-ewaybill-gst.md §A4.7).
         *
         *     The group must exist (411); the vehicles’ quantities may not exceed the group’s total (400).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            /** @description MULTIVEHADD payload */
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 12-digit e-way bill number */
                        ewbNo: number | string;
                        groupNo: number | string;
                        vehicleNo?: string;
                        transDocNo?: string;
                        transDocDate?: string;
                        quantity: number | string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            ewbNo: string;
                            groupNo: string;
                            /** @description dd/MM/yyyy hh:mm:ss AM|PM, IST */
                            vehAddedDate: string;
                        };
                    };
                };
                /** @description Invalid input or a business rule failed: every failure at once, each with its code and field (api.md §2) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Missing, invalid or expired credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description The resource belongs to another GSTIN, or the caller may not act on it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Unknown resource (or one of another GSTIN) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Duplicate (2150, 604), conflicting state, or a request with this Idempotency-Key still running */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Request body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unsupported media type */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Idempotency-Key reused with a different request */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited (GSTGATE_RATE_LIMIT_PER_MINUTE per token, else per IP): retry after Retry-After seconds */
                429: {
                    headers: {
                        /** @description Seconds until the limit resets */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The government system answered unexpectedly */
                502: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The government system is unavailable */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The government system did not answer in time */
                504: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ewaybill/multi-vehicle/change": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change a vehicle of a multi-vehicle group (MULTIVEHUPD)
         * @description NIC e-way bill action MULTIVEHUPD (nic-ewaybill-gst.md §A4.7).
         *
         *     The old vehicle or transport document must be active in the group (405).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            /** @description MULTIVEHUPD payload (NIC spells it oldvehicleNo / newVehicleNo) */
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 12-digit e-way bill number */
                        ewbNo: number | string;
                        groupNo: number | string;
                        oldvehicleNo?: string;
                        newVehicleNo?: string;
                        oldTranNo?: string;
                        newTranNo?: string;
                        fromPlace: string;
                        /** @description GST state code; 99 Other Country */
                        fromState: number | string;
                        reasonCode: number | string;
                        reasonRem?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            ewbNo: string;
                            groupNo: string;
                            /** @description dd/MM/yyyy hh:mm:ss AM|PM, IST */
                            vehUpdDate: string;
                        };
                    };
                };
                /** @description Invalid input or a business rule failed: every failure at once, each with its code and field (api.md §2) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Missing, invalid or expired credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description The resource belongs to another GSTIN, or the caller may not act on it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Unknown resource (or one of another GSTIN) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Duplicate (2150, 604), conflicting state, or a request with this Idempotency-Key still running */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Request body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unsupported media type */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Idempotency-Key reused with a different request */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited (GSTGATE_RATE_LIMIT_PER_MINUTE per token, else per IP): retry after Retry-After seconds */
                429: {
                    headers: {
                        /** @description Seconds until the limit resets */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The government system answered unexpectedly */
                502: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The government system is unavailable */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The government system did not answer in time */
                504: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ewaybill/consolidated/{cEwbNo}/regenerate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Regenerate a trip sheet with a new vehicle (REGENTRIPSHEET)
         * @description NIC e-way bill action REGENTRIPSHEET (nic-ewaybill-gst.md §A4.6).
         *
         *     Issues a new consolidated number holding the members still active and valid (391); the old one is cancelled (392 afterwards).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description 10-digit consolidated e-way bill number */
                    cEwbNo: string;
                };
                cookie?: never;
            };
            /** @description REGENTRIPSHEET payload (tripSheetNo comes from the path) */
            requestBody: {
                content: {
                    "application/json": {
                        vehicleNo?: string;
                        fromPlace: string;
                        /** @description GST state code; 99 Other Country */
                        fromState: number | string;
                        transDocNo?: string;
                        transDocDate?: string;
                        /** @description 1 Road, 2 Rail, 3 Air, 4 Ship */
                        transMode: number | string;
                        reasonCode: number | string;
                        reasonRem?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description 10-digit consolidated e-way bill number */
                            cEwbNo: number;
                            /** @description dd/MM/yyyy hh:mm:ss AM|PM, IST */
                            cEwbDate: string;
                            /** @description The members still active and valid */
                            tripSheetEwayBills: {
                                ewbNo: number;
                            }[];
                        };
                    };
                };
                /** @description Invalid input or a business rule failed: every failure at once, each with its code and field (api.md §2) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Missing, invalid or expired credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description The resource belongs to another GSTIN, or the caller may not act on it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Unknown resource (or one of another GSTIN) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Duplicate (2150, 604), conflicting state, or a request with this Idempotency-Key still running */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Request body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unsupported media type */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Idempotency-Key reused with a different request */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited (GSTGATE_RATE_LIMIT_PER_MINUTE per token, else per IP): retry after Retry-After seconds */
                429: {
                    headers: {
                        /** @description Seconds until the limit resets */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The government system answered unexpectedly */
                502: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The government system is unavailable */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The government system did not answer in time */
                504: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ewaybill/consolidated/{cEwbNo}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a consolidated e-way bill (GetTripSheet)
         * @description NIC e-way bill GET /ewayapi/GetTripSheet (nic-ewaybill-gst.md §A2.2, response §A5.3).
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description 10-digit consolidated e-way bill number */
                    cEwbNo: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            tripSheetNo: number;
                            fromPlace: string;
                            fromState: string;
                            vehicleNo: string;
                            transMode: string;
                            transDocNo: string;
                            transDocDate: string | null;
                            userGstin: string;
                            /** @description dd/MM/yyyy hh:mm:ss AM|PM, IST */
                            enteredDate: string;
                            /** @description ACT, or CNL once regenerated */
                            status: string;
                            tripSheetEwbBills: {
                                ewbNo: number;
                                /** @description dd/MM/yyyy hh:mm:ss AM|PM, IST */
                                ewbDate: string;
                                userGstin: string;
                                docNo: string;
                                docDate: string;
                                fromGstin: string;
                                fromTradeName: string;
                                toGstin: string;
                                toTradeName: string;
                                totInvValue: number;
                                status: string;
                                /** @description dd/MM/yyyy 11:59:00 PM, IST; null for a Part-A slip until its first Part-B */
                                validUpto: string | null;
                                toPlace: string | null;
                                toPincode: number | null;
                                actToStateCode: number | null;
                            }[];
                        };
                    };
                };
                /** @description Invalid input or a business rule failed: every failure at once, each with its code and field (api.md §2) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Missing, invalid or expired credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description The resource belongs to another GSTIN, or the caller may not act on it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Unknown resource (or one of another GSTIN) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Duplicate (2150, 604), conflicting state, or a request with this Idempotency-Key still running */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Rate limited (GSTGATE_RATE_LIMIT_PER_MINUTE per token, else per IP): retry after Retry-After seconds */
                429: {
                    headers: {
                        /** @description Seconds until the limit resets */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The government system answered unexpectedly */
                502: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The government system is unavailable */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The government system did not answer in time */
                504: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ewaybill/document": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The active e-way bill of one of your documents (GetEwayBillGeneratedByConsigner)
         * @description NIC e-way bill GET /ewayapi/GetEwayBillGeneratedByConsigner (nic-ewaybill-gst.md §A2.2).
         *
         *     How to recover the e-way bill after a 604 on a retried generate.
         */
        get: {
            parameters: {
                query: {
                    /** @description INV, BIL, BOE, CHL or OTH */
                    type: string;
                    number: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            ewayBillNo: number;
                            /** @description dd/MM/yyyy hh:mm:ss AM|PM, IST */
                            ewayBillDate: string;
                            /** @description dd/MM/yyyy 11:59:00 PM, IST; null for a Part-A slip until its first Part-B */
                            validUpto: string | null;
                            /** @description e.g. the computed distance when transDistance was 0 */
                            alert: string;
                        };
                    };
                };
                /** @description Invalid input or a business rule failed: every failure at once, each with its code and field (api.md §2) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Missing, invalid or expired credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description The resource belongs to another GSTIN, or the caller may not act on it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Unknown resource (or one of another GSTIN) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Duplicate (2150, 604), conflicting state, or a request with this Idempotency-Key still running */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Rate limited (GSTGATE_RATE_LIMIT_PER_MINUTE per token, else per IP): retry after Retry-After seconds */
                429: {
                    headers: {
                        /** @description Seconds until the limit resets */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The government system answered unexpectedly */
                502: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The government system is unavailable */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The government system did not answer in time */
                504: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ewaybill/{ewbNo}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an e-way bill (GetEwayBill)
         * @description NIC e-way bill GET /ewayapi/GetEwayBill (nic-ewaybill-gst.md §A2.2, response §A5.1).
         *
         *     With its vehicle history (VehiclListDetails, newest first). For its consignor, consignee or transporter (357).
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description 12-digit e-way bill number */
                    ewbNo: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description GetEwayBill (reference A5.1) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            ewbNo: number;
                            /** @description dd/MM/yyyy hh:mm:ss AM|PM, IST */
                            ewayBillDate: string;
                            genMode: string;
                            userGstin: string;
                            supplyType: string;
                            /** @description space-padded to 3 characters, as NIC returns it */
                            subSupplyType: string;
                            subSupplyDesc: string;
                            docType: string;
                            docNo: string;
                            docDate: string;
                            fromGstin: string;
                            fromTrdName: string;
                            fromAddr1: string;
                            fromAddr2: string;
                            fromPlace: string;
                            fromPincode: number;
                            fromStateCode: number;
                            actFromStateCode: number;
                            toGstin: string;
                            toTrdName: string;
                            toAddr1: string;
                            toAddr2: string;
                            toPlace: string;
                            toPincode: number;
                            toStateCode: number;
                            actToStateCode: number;
                            transactionType: number;
                            dispatchFromGSTIN?: string;
                            dispatchFromTradeName?: string;
                            shipToGSTIN?: string;
                            shipToTradeName?: string;
                            otherValue: number;
                            totalValue: number;
                            cgstValue: number;
                            sgstValue: number;
                            igstValue: number;
                            cessValue: number;
                            cessNonAdvolValue: number;
                            totInvValue: number;
                            transporterId: string;
                            transporterName: string;
                            /** @description ACT, CNL, or DIS (a Part-A slip discarded after 15 days without Part-B) */
                            status: string;
                            /** @description km used for validity; the portal’s figure when 0 was sent */
                            actualDist: number;
                            noValidDays: number;
                            /** @description dd/MM/yyyy 11:59:00 PM, IST; null for a Part-A slip until its first Part-B */
                            validUpto: string | null;
                            extendedTimes: number;
                            /** @enum {string} */
                            rejectStatus: "Y" | "N";
                            vehicleType: string;
                            actFromStateName?: string;
                            /** @description the IRN it was generated from, if any */
                            irn?: string;
                            itemList: {
                                itemNo: number;
                                productId: number;
                                productName?: string;
                                productDesc?: string;
                                hsnCode: number;
                                quantity?: number;
                                qtyUnit?: string;
                                taxableAmount: number;
                                cgstRate?: number;
                                sgstRate?: number;
                                igstRate?: number;
                                cessRate?: number;
                                cessNonAdvol?: number;
                            }[];
                            /** @description NIC’s spelling; newest first */
                            VehiclListDetails: {
                                updMode: string;
                                vehicleNo: string;
                                fromPlace: string;
                                fromState: number;
                                /** @description consolidated e-way bill the move belongs to, 0 if none */
                                tripshtNo: number;
                                userGSTINTransin: string;
                                /** @description dd/MM/yyyy hh:mm:ss AM|PM, IST */
                                enteredDate: string;
                                transMode: string;
                                transDocNo: string;
                                transDocDate: string | null;
                                /** @description multi-vehicle group, "0" if none */
                                groupNo: string;
                            }[];
                        };
                    };
                };
                /** @description Invalid input or a business rule failed: every failure at once, each with its code and field (api.md §2) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Missing, invalid or expired credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description The resource belongs to another GSTIN, or the caller may not act on it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Unknown resource (or one of another GSTIN) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Duplicate (2150, 604), conflicting state, or a request with this Idempotency-Key still running */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Rate limited (GSTGATE_RATE_LIMIT_PER_MINUTE per token, else per IP): retry after Retry-After seconds */
                429: {
                    headers: {
                        /** @description Seconds until the limit resets */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The government system answered unexpectedly */
                502: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The government system is unavailable */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The government system did not answer in time */
                504: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ewaybill/{ewbNo}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Printable e-way bill (PDF)
         * @description Printed from NIC e-way bill GetEwayBill (nic-ewaybill-gst.md §A5.1).
         *
         *     The e-way bill as an A4 PDF, as the portal prints it: the number as a Code128 barcode and a QR code (ewbNo/generator GSTIN/date), Part-A (parties, document, goods, value, reason for transportation), the transporter, the Part-B vehicle history and the validity; CANCELLED stamped once cancelled. Same access as GET /v1/ewaybill/{ewbNo} (395, 301, 357).
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description 12-digit e-way bill number */
                    ewbNo: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The printable document, A4 (application/pdf; Content-Disposition: inline; filename="…") */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": string;
                    };
                };
                /** @description Invalid input or a business rule failed: every failure at once, each with its code and field (api.md §2) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Missing, invalid or expired credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description The resource belongs to another GSTIN, or the caller may not act on it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Unknown resource (or one of another GSTIN) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Duplicate (2150, 604), conflicting state, or a request with this Idempotency-Key still running */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Rate limited (GSTGATE_RATE_LIMIT_PER_MINUTE per token, else per IP): retry after Retry-After seconds */
                429: {
                    headers: {
                        /** @description Seconds until the limit resets */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ewaybill": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * E-way bills of a day (GetEwayBillsByDate, …ForTransporter, …ofOtherParty)
         * @description NIC e-way bill GET /ewayapi/GetEwayBillsByDate, GetEwayBillsForTransporter, GetEwayBillsofOtherParty (nic-ewaybill-gst.md §A2.2, list shape §A5.2).
         */
        get: {
            parameters: {
                query: {
                    /** @description dd/mm/yyyy: the day the e-way bills were generated */
                    date: string;
                    /** @description generator: generated by you; transporter: assigned to you to carry; other-party: generated by others naming you */
                    role?: "generator" | "transporter" | "other-party";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            ewbNo: number;
                            /** @description dd/MM/yyyy hh:mm:ss AM|PM, IST */
                            ewbDate: string;
                            status: string;
                            genGstin: string;
                            docNo: string;
                            docDate: string;
                            delPinCode: number;
                            delStateCode: number;
                            delPlace: string;
                            /** @description dd/MM/yyyy 11:59:00 PM, IST; null for a Part-A slip until its first Part-B */
                            validUpto: string | null;
                            extendedTimes: number;
                            /** @enum {string} */
                            rejectStatus: "Y" | "N";
                        }[];
                    };
                };
                /** @description Invalid input or a business rule failed: every failure at once, each with its code and field (api.md §2) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Missing, invalid or expired credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description The resource belongs to another GSTIN, or the caller may not act on it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Unknown resource (or one of another GSTIN) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Duplicate (2150, 604), conflicting state, or a request with this Idempotency-Key still running */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Rate limited (GSTGATE_RATE_LIMIT_PER_MINUTE per token, else per IP): retry after Retry-After seconds */
                429: {
                    headers: {
                        /** @description Seconds until the limit resets */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The government system answered unexpectedly */
                502: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The government system is unavailable */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The government system did not answer in time */
                504: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/distance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * PIN-to-PIN distance as the sandbox portal computes it
         * @description The sandbox's PIN-to-PIN distance (nic-ewaybill-gst.md §A7 distance rules; the IRP's EWBPPD, nic-einvoice.md §2.5).
         *
         *     Great-circle distance between the PIN codes’ coordinates × 1.25 road factor, rounded to km; 721 when either PIN has no coordinates.
         */
        get: {
            parameters: {
                query: {
                    /** @description 6-digit PIN */
                    from: string;
                    /** @description 6-digit PIN */
                    to: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            fromPincode: number;
                            toPincode: number;
                            /** @description haversine between the PINs’ coordinates × 1.25 road factor, rounded */
                            distanceKm: number;
                        };
                    };
                };
                /** @description Invalid input or a business rule failed: every failure at once, each with its code and field (api.md §2) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Missing, invalid or expired credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description The resource belongs to another GSTIN, or the caller may not act on it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Unknown resource (or one of another GSTIN) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Duplicate (2150, 604), conflicting state, or a request with this Idempotency-Key still running */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Rate limited (GSTGATE_RATE_LIMIT_PER_MINUTE per token, else per IP): retry after Retry-After seconds */
                429: {
                    headers: {
                        /** @description Seconds until the limit resets */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The government system answered unexpectedly */
                502: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The government system is unavailable */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The government system did not answer in time */
                504: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/gstin/{gstin}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search taxpayer by GSTIN (common portal action=TP)
         * @description GST common portal public API Search Taxpayer, action=TP (GET /commonapi/v1.1/search, nic-ewaybill-gst.md §B1).
         *
         *     The GST common portal search shape field for field: legal and trade name, status, registration and cancellation dates (dd/MM/yyyy, `cxdt` "" when none), constitution, taxpayer type, principal and additional places of business (`stcd` is the state name) with their nature, state and centre jurisdictions, e-invoice status. A malformed GSTIN is 400 with the rule that failed: INVALID_GSTIN_LENGTH, INVALID_GSTIN_FORMAT (none of the regular, government, NRTP, OIDAR, UIN, TDS, TCS patterns), INVALID_GSTIN_STATE_CODE, INVALID_GSTIN_CHECKSUM (its message names the expected check character, also after a format failure of 15 letters and digits); every failed rule is listed, the first is `code`; lower case is upper-cased first. An unregistered GSTIN is 404 NOT_FOUND. In the sandbox, NIC-style test identities held by the registry are served although their check character fails. Answers are cached for GSTGATE_TAXPAYER_CACHE_SECONDS (default 0 with the sandbox provider, 3600 with nic): headers `Cache-Control: private, max-age=<seconds left>`, `X-Cache: HIT|MISS`, `Age: <seconds since fetched>`. Failures are not cached.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description 15-character GSTIN; lower case is accepted and upper-cased */
                    gstin: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description GST common portal Search Taxpayer (action=TP) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            gstin: string;
                            /** @description Legal name of business */
                            lgnm: string;
                            /** @description Trade name ("" when none) */
                            tradeNam: string;
                            /** @description Active, Cancelled, Suspended, Inactive, Provisional */
                            sts: string;
                            /** @description Registration date dd/MM/yyyy */
                            rgdt: string;
                            /** @description Cancellation date dd/MM/yyyy, "" when not cancelled */
                            cxdt: string;
                            /** @description Date the record last changed, dd/MM/yyyy */
                            lstupdt: string;
                            /** @description Constitution of business, e.g. Private Limited Company */
                            ctb: string;
                            /** @description Taxpayer type, e.g. Regular, Composition, SEZ Unit */
                            dty: string;
                            /** @description Natures of business activity */
                            nba: string[];
                            /** @description State jurisdiction */
                            stj: string;
                            /** @description State jurisdiction code */
                            stjCd: string;
                            /** @description Centre jurisdiction */
                            ctj: string;
                            /** @description Centre jurisdiction code */
                            ctjCd: string;
                            /** @description Principal place of business */
                            pradr: {
                                addr: {
                                    /** @description Building name */
                                    bnm: string;
                                    /** @description Door / building number */
                                    bno: string;
                                    /** @description Floor */
                                    flno: string;
                                    /** @description Street */
                                    st: string;
                                    /** @description Locality */
                                    loc: string;
                                    city: string;
                                    /** @description District */
                                    dst: string;
                                    /** @description State NAME (not the code), e.g. Karnataka */
                                    stcd: string;
                                    /** @description PIN code */
                                    pncd: string;
                                    /** @description Latitude ("" when unknown) */
                                    lt: string;
                                    /** @description Longitude ("" when unknown) */
                                    lg: string;
                                };
                                /** @description Nature(s) of business at this place, comma-joined */
                                ntr: string;
                            };
                            /** @description Additional places of business */
                            adadr: {
                                addr: {
                                    /** @description Building name */
                                    bnm: string;
                                    /** @description Door / building number */
                                    bno: string;
                                    /** @description Floor */
                                    flno: string;
                                    /** @description Street */
                                    st: string;
                                    /** @description Locality */
                                    loc: string;
                                    city: string;
                                    /** @description District */
                                    dst: string;
                                    /** @description State NAME (not the code), e.g. Karnataka */
                                    stcd: string;
                                    /** @description PIN code */
                                    pncd: string;
                                    /** @description Latitude ("" when unknown) */
                                    lt: string;
                                    /** @description Longitude ("" when unknown) */
                                    lg: string;
                                };
                                /** @description Nature(s) of business at this place, comma-joined */
                                ntr: string;
                            }[];
                            /** @enum {string} */
                            einvoiceStatus: "Yes" | "No";
                        };
                    };
                };
                /** @description Invalid input or a business rule failed: every failure at once, each with its code and field (api.md §2) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Missing, invalid or expired credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Unknown resource (or one of another GSTIN) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Rate limited (GSTGATE_RATE_LIMIT_PER_MINUTE per token, else per IP): retry after Retry-After seconds */
                429: {
                    headers: {
                        /** @description Seconds until the limit resets */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The government system answered unexpectedly */
                502: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The government system is unavailable */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The government system did not answer in time */
                504: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/gstin/{gstin}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Registration status of a GSTIN
         * @description GST common portal Search Taxpayer, action=TP (nic-ewaybill-gst.md §B1), with the e-way bill block status (GetGSTINDetails blkStatus, §A2.2).
         *
         *     Portal status, e-invoice status, whether e-way bill generation is blocked, and when the record last changed. A malformed GSTIN is 400 with the rule that failed: INVALID_GSTIN_LENGTH, INVALID_GSTIN_FORMAT (none of the regular, government, NRTP, OIDAR, UIN, TDS, TCS patterns), INVALID_GSTIN_STATE_CODE, INVALID_GSTIN_CHECKSUM (its message names the expected check character, also after a format failure of 15 letters and digits); every failed rule is listed, the first is `code`; lower case is upper-cased first. An unregistered GSTIN is 404 NOT_FOUND. In the sandbox, NIC-style test identities held by the registry are served although their check character fails. Answers are cached for GSTGATE_TAXPAYER_CACHE_SECONDS (default 0 with the sandbox provider, 3600 with nic): headers `Cache-Control: private, max-age=<seconds left>`, `X-Cache: HIT|MISS`, `Age: <seconds since fetched>`. Failures are not cached.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description 15-character GSTIN; lower case is accepted and upper-cased */
                    gstin: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            gstin: string;
                            /** @description Registration status as the portal writes it */
                            sts: string;
                            /** @enum {string} */
                            einvoiceStatus: "Yes" | "No";
                            /** @description e-way bill generation blocked for return non-filing (IRP BlkStatus B) */
                            blocked: boolean;
                            /** @description ISO-8601 instant the registry record last changed */
                            lastUpdated: string;
                        };
                    };
                };
                /** @description Invalid input or a business rule failed: every failure at once, each with its code and field (api.md §2) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Missing, invalid or expired credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Unknown resource (or one of another GSTIN) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Rate limited (GSTGATE_RATE_LIMIT_PER_MINUTE per token, else per IP): retry after Retry-After seconds */
                429: {
                    headers: {
                        /** @description Seconds until the limit resets */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The government system answered unexpectedly */
                502: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The government system is unavailable */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The government system did not answer in time */
                504: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/gstin/{gstin}/returns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Returns filed in a financial year (common portal action=RETTRACK)
         * @description GST common portal Track Return, action=RETTRACK (GET /commonapi/v1.0/returns, nic-ewaybill-gst.md §B2).
         *
         *     GSTR-1, GSTR-3B (CMP-08 and GSTR-4 for composition dealers), GSTR-9 … filed in the financial year `fy` (by date of filing, as the portal filters), sorted by return period. `dof` is dd-MM-yyyy. With no filings the list is empty (200); the GSTN wire API answers error RET13510 "No Record found for the provided Inputs" instead. An invalid fy is 400 VALIDATION_FAILED. A malformed GSTIN is 400 with the rule that failed: INVALID_GSTIN_LENGTH, INVALID_GSTIN_FORMAT (none of the regular, government, NRTP, OIDAR, UIN, TDS, TCS patterns), INVALID_GSTIN_STATE_CODE, INVALID_GSTIN_CHECKSUM (its message names the expected check character, also after a format failure of 15 letters and digits); every failed rule is listed, the first is `code`; lower case is upper-cased first. An unregistered GSTIN is 404 NOT_FOUND. In the sandbox, NIC-style test identities held by the registry are served although their check character fails. Answers are cached for GSTGATE_TAXPAYER_CACHE_SECONDS (default 0 with the sandbox provider, 3600 with nic): headers `Cache-Control: private, max-age=<seconds left>`, `X-Cache: HIT|MISS`, `Age: <seconds since fetched>`. Failures are not cached.
         */
        get: {
            parameters: {
                query: {
                    /** @description Financial year YYYY-YY, e.g. 2024-25 */
                    fy: string;
                };
                header?: never;
                path: {
                    /** @description 15-character GSTIN; lower case is accepted and upper-cased */
                    gstin: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description GST common portal Track Returns (action=RETTRACK) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            EFiledlist: {
                                /** @enum {string} */
                                valid: "Y" | "N";
                                /**
                                 * @description Mode of filing
                                 * @enum {string}
                                 */
                                mof: "ONLINE" | "OFFLINE";
                                /** @description Date of filing dd-MM-yyyy (hyphens, as the portal) */
                                dof: string;
                                /** @description GSTR1, GSTR3B, GSTR4, CMP08, GSTR9 … */
                                rtntype: string;
                                /** @description Tax period MMYYYY */
                                ret_prd: string;
                                /** @description Acknowledgement reference number */
                                arn: string;
                                /** @description Filed … */
                                status: string;
                            }[];
                        };
                    };
                };
                /** @description Invalid input or a business rule failed: every failure at once, each with its code and field (api.md §2) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Missing, invalid or expired credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Unknown resource (or one of another GSTIN) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Rate limited (GSTGATE_RATE_LIMIT_PER_MINUTE per token, else per IP): retry after Retry-After seconds */
                429: {
                    headers: {
                        /** @description Seconds until the limit resets */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The government system answered unexpectedly */
                502: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The government system is unavailable */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The government system did not answer in time */
                504: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/gstin/{gstin}/preference": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Filing preference, monthly or quarterly (common portal action=GETPREF)
         * @description GST common portal filing preference, action=GETPREF (GET /commonapi/v1.0/returns, nic-ewaybill-gst.md §B3).
         *
         *     One element per quarter of the financial year: M monthly, Q quarterly (QRMP). A malformed GSTIN is 400 with the rule that failed: INVALID_GSTIN_LENGTH, INVALID_GSTIN_FORMAT (none of the regular, government, NRTP, OIDAR, UIN, TDS, TCS patterns), INVALID_GSTIN_STATE_CODE, INVALID_GSTIN_CHECKSUM (its message names the expected check character, also after a format failure of 15 letters and digits); every failed rule is listed, the first is `code`; lower case is upper-cased first. An unregistered GSTIN is 404 NOT_FOUND. In the sandbox, NIC-style test identities held by the registry are served although their check character fails. Answers are cached for GSTGATE_TAXPAYER_CACHE_SECONDS (default 0 with the sandbox provider, 3600 with nic): headers `Cache-Control: private, max-age=<seconds left>`, `X-Cache: HIT|MISS`, `Age: <seconds since fetched>`. Failures are not cached.
         */
        get: {
            parameters: {
                query: {
                    /** @description Financial year YYYY-YY, e.g. 2024-25 */
                    fy: string;
                };
                header?: never;
                path: {
                    /** @description 15-character GSTIN; lower case is accepted and upper-cased */
                    gstin: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description GST common portal filing preference (action=GETPREF) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            response: {
                                /** @description Q1 … Q4 of the financial year */
                                quarter: string;
                                /** @description M monthly, Q quarterly (QRMP) */
                                preference: string;
                            }[];
                        };
                    };
                };
                /** @description Invalid input or a business rule failed: every failure at once, each with its code and field (api.md §2) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Missing, invalid or expired credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Unknown resource (or one of another GSTIN) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Rate limited (GSTGATE_RATE_LIMIT_PER_MINUTE per token, else per IP): retry after Retry-After seconds */
                429: {
                    headers: {
                        /** @description Seconds until the limit resets */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The government system answered unexpectedly */
                502: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The government system is unavailable */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The government system did not answer in time */
                504: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/pan/{pan}/gstins": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every GST registration of a PAN
         * @description Search by PAN (nic-ewaybill-gst.md §B4: no confirmed GSP action; the sandbox answers from its registry, the action name TPPAN is UNCONFIRMED).
         *
         *     All registrations of the PAN across states, with their status, in GSTIN order. A malformed PAN is 400 INVALID_PAN; a PAN with no registration 404 NOT_FOUND. The government offers no public API for this (the portal's web search only); Answers are cached for GSTGATE_TAXPAYER_CACHE_SECONDS (default 0 with the sandbox provider, 3600 with nic): headers `Cache-Control: private, max-age=<seconds left>`, `X-Cache: HIT|MISS`, `Age: <seconds since fetched>`. Failures are not cached.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description 10-character PAN (5 letters, 4 digits, a letter); lower case is accepted */
                    pan: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            gstin: string;
                            /** @description Two-digit state code of the registration */
                            stateCode: string;
                            sts: string;
                        }[];
                    };
                };
                /** @description Invalid input or a business rule failed: every failure at once, each with its code and field (api.md §2) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Missing, invalid or expired credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Unknown resource (or one of another GSTIN) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Rate limited (GSTGATE_RATE_LIMIT_PER_MINUTE per token, else per IP): retry after Retry-After seconds */
                429: {
                    headers: {
                        /** @description Seconds until the limit resets */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The government system answered unexpectedly */
                502: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The government system is unavailable */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The government system did not answer in time */
                504: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/gstin/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Verify one GSTIN or up to 100
         * @description GSTIN structure and check character (nic-ewaybill-gst.md §B5.1–B5.4), then Search Taxpayer action=TP (§B1).
         *
         *     `{ "gstin" }` answers one result, `{ "gstins": [..] }` (1–100; more is 400) `{ results: [..] }` in input order. A bad GSTIN in the body is never a 400: each result reports `valid` (well-formed with a correct check character), `checksumValid`, `exists` (registered), status and legal name when registered, and the failed rules in `errors` (INVALID_GSTIN_LENGTH, INVALID_GSTIN_FORMAT, INVALID_GSTIN_STATE_CODE, INVALID_GSTIN_CHECKSUM, NOT_FOUND). NIC-style sandbox test identities are valid:false, exists:true.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description One GSTIN */
                        gstin?: string;
                        /** @description Up to 100 GSTINs */
                        gstins?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The input, trimmed and upper-cased */
                            gstin: string;
                            /** @description Well-formed (length, format family, state code) with a correct check character */
                            valid: boolean;
                            /** @description The 15th character is the right check character */
                            checksumValid: boolean;
                            /** @description Registered (in the GST registry) */
                            exists: boolean;
                            sts: string | null;
                            lgnm: string | null;
                            stateCode: string | null;
                            /** @description PAN inside a regular or TCS GSTIN */
                            pan: string | null;
                            /** @description Failed rules: INVALID_GSTIN_LENGTH, INVALID_GSTIN_FORMAT, INVALID_GSTIN_STATE_CODE, INVALID_GSTIN_CHECKSUM, NOT_FOUND */
                            errors: string[];
                        } | {
                            results: {
                                /** @description The input, trimmed and upper-cased */
                                gstin: string;
                                /** @description Well-formed (length, format family, state code) with a correct check character */
                                valid: boolean;
                                /** @description The 15th character is the right check character */
                                checksumValid: boolean;
                                /** @description Registered (in the GST registry) */
                                exists: boolean;
                                sts: string | null;
                                lgnm: string | null;
                                stateCode: string | null;
                                /** @description PAN inside a regular or TCS GSTIN */
                                pan: string | null;
                                /** @description Failed rules: INVALID_GSTIN_LENGTH, INVALID_GSTIN_FORMAT, INVALID_GSTIN_STATE_CODE, INVALID_GSTIN_CHECKSUM, NOT_FOUND */
                                errors: string[];
                            }[];
                        };
                    };
                };
                /** @description Invalid input or a business rule failed: every failure at once, each with its code and field (api.md §2) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Missing, invalid or expired credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Unknown resource (or one of another GSTIN) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Duplicate (2150, 604), conflicting state, or a request with this Idempotency-Key still running */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Request body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unsupported media type */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Idempotency-Key reused with a different request */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited (GSTGATE_RATE_LIMIT_PER_MINUTE per token, else per IP): retry after Retry-After seconds */
                429: {
                    headers: {
                        /** @description Seconds until the limit resets */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The government system answered unexpectedly */
                502: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The government system is unavailable */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The government system did not answer in time */
                504: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List webhook endpoints
         * @description The caller GSTIN's endpoints, without their signing secrets (shown only on create and rotate-secret).
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            endpoints: {
                                /** @description UUID */
                                id: string;
                                url: string;
                                events: string[];
                                description: string | null;
                                active: boolean;
                                /** @description ISO-8601 */
                                createdAt: string;
                            }[];
                        };
                    };
                };
                /** @description Invalid input or a business rule failed: every failure at once, each with its code and field (api.md §2) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Missing, invalid or expired credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Unknown resource (or one of another GSTIN) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Rate limited (GSTGATE_RATE_LIMIT_PER_MINUTE per token, else per IP): retry after Retry-After seconds */
                429: {
                    headers: {
                        /** @description Seconds until the limit resets */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Create a webhook endpoint
         * @description Events: einvoice.generated, einvoice.cancelled, ewaybill.generated, ewaybill.expiring, ewaybill.expired, job.failed (unknown: WEBHOOK_EVENT_UNKNOWN; a bad URL: WEBHOOK_URL_INVALID; more than 20 endpoints per GSTIN: WEBHOOK_ENDPOINT_LIMIT). Each delivery is a POST of `{ id, type, createdAt, gstin, data }` signed with `X-Gstgate-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>`. The `secret` is in this answer only (and after rotate-secret).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            /** @description A webhook endpoint of the caller GSTIN */
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Absolute http:// or https:// URL that receives POSTs (no user:password@) */
                        url: string;
                        /** @description Events to receive: einvoice.generated, einvoice.cancelled, ewaybill.generated, ewaybill.expiring, ewaybill.expired, job.failed */
                        events: string[];
                        description?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UUID */
                            id: string;
                            url: string;
                            events: string[];
                            description: string | null;
                            active: boolean;
                            /** @description ISO-8601 */
                            createdAt: string;
                            /** @description whsec_…: the HMAC-SHA256 key of X-Gstgate-Signature. Shown only now; keep it. */
                            secret: string;
                        };
                    };
                };
                /** @description Invalid input or a business rule failed: every failure at once, each with its code and field (api.md §2) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Missing, invalid or expired credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Unknown resource (or one of another GSTIN) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Request body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unsupported media type */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited (GSTGATE_RATE_LIMIT_PER_MINUTE per token, else per IP): retry after Retry-After seconds */
                429: {
                    headers: {
                        /** @description Seconds until the limit resets */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a webhook endpoint
         * @description One endpoint of the caller's GSTIN, without its secret; another GSTIN's endpoint is 404 NOT_FOUND.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Endpoint id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UUID */
                            id: string;
                            url: string;
                            events: string[];
                            description: string | null;
                            active: boolean;
                            /** @description ISO-8601 */
                            createdAt: string;
                        };
                    };
                };
                /** @description Invalid input or a business rule failed: every failure at once, each with its code and field (api.md §2) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Missing, invalid or expired credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Unknown resource (or one of another GSTIN) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Rate limited (GSTGATE_RATE_LIMIT_PER_MINUTE per token, else per IP): retry after Retry-After seconds */
                429: {
                    headers: {
                        /** @description Seconds until the limit resets */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /**
         * Delete a webhook endpoint and its delivery log
         * @description 204 with no body; another GSTIN's endpoint is 404 NOT_FOUND.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Endpoint id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Deleted */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid input or a business rule failed: every failure at once, each with its code and field (api.md §2) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Missing, invalid or expired credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Unknown resource (or one of another GSTIN) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Rate limited (GSTGATE_RATE_LIMIT_PER_MINUTE per token, else per IP): retry after Retry-After seconds */
                429: {
                    headers: {
                        /** @description Seconds until the limit resets */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /**
         * Change a webhook endpoint (url, events, active, description)
         * @description Only the members sent change; active false sends nothing (pending retries end as failed) until set true again. Another GSTIN's endpoint is 404 NOT_FOUND.
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Endpoint id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Absolute http:// or https:// URL that receives POSTs (no user:password@) */
                        url?: string;
                        /** @description Events to receive: einvoice.generated, einvoice.cancelled, ewaybill.generated, ewaybill.expiring, ewaybill.expired, job.failed */
                        events?: string[];
                        /** @description false: nothing is sent (pending retries end as failed) until set true again */
                        active?: boolean;
                        description?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UUID */
                            id: string;
                            url: string;
                            events: string[];
                            description: string | null;
                            active: boolean;
                            /** @description ISO-8601 */
                            createdAt: string;
                        };
                    };
                };
                /** @description Invalid input or a business rule failed: every failure at once, each with its code and field (api.md §2) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Missing, invalid or expired credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Unknown resource (or one of another GSTIN) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Request body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unsupported media type */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited (GSTGATE_RATE_LIMIT_PER_MINUTE per token, else per IP): retry after Retry-After seconds */
                429: {
                    headers: {
                        /** @description Seconds until the limit resets */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/v1/webhooks/{id}/rotate-secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Replace the signing secret
         * @description The new secret is in this answer only; the old one stops at once (deliveries still pending are signed with the new one).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Endpoint id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description UUID */
                            id: string;
                            url: string;
                            events: string[];
                            description: string | null;
                            active: boolean;
                            /** @description ISO-8601 */
                            createdAt: string;
                            /** @description whsec_…: the HMAC-SHA256 key of X-Gstgate-Signature. Shown only now; keep it. */
                            secret: string;
                        };
                    };
                };
                /** @description Invalid input or a business rule failed: every failure at once, each with its code and field (api.md §2) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Missing, invalid or expired credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Unknown resource (or one of another GSTIN) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Rate limited (GSTGATE_RATE_LIMIT_PER_MINUTE per token, else per IP): retry after Retry-After seconds */
                429: {
                    headers: {
                        /** @description Seconds until the limit resets */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The delivery log of an endpoint
         * @description Each event sent to the endpoint: its state, attempts, last HTTP status and error. Newest first.
         */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    /** @description The `next` of the previous page */
                    before?: number;
                };
                header?: never;
                path: {
                    /** @description Endpoint id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Newest first */
                            deliveries: {
                                /** @description Delivery id, sent as X-Gstgate-Delivery */
                                id: number;
                                event: string;
                                /** @description The envelope `id`: the same for every endpoint the event went to; de-duplicate on it */
                                eventId: string;
                                /**
                                 * @description failed: attempts exhausted, or the endpoint was disabled
                                 * @enum {string}
                                 */
                                state: "pending" | "delivered" | "failed";
                                attempts: number;
                                /** @description HTTP status of the last attempt; null when there was no answer */
                                lastStatus: number | null;
                                /** @description Why the most recent failed attempt failed (kept after a later success) */
                                lastError: string | null;
                                createdAt: string;
                                /** @description While pending: when the next attempt is due */
                                nextAttemptAt: string | null;
                                deliveredAt: string | null;
                            }[];
                            /** @description Pass as `before` for the next page */
                            next?: string;
                        };
                    };
                };
                /** @description Invalid input or a business rule failed: every failure at once, each with its code and field (api.md §2) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Missing, invalid or expired credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Unknown resource (or one of another GSTIN) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Rate limited (GSTGATE_RATE_LIMIT_PER_MINUTE per token, else per IP): retry after Retry-After seconds */
                429: {
                    headers: {
                        /** @description Seconds until the limit resets */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{id}/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a test event (webhook.test)
         * @description Queues a signed `webhook.test` event to this endpoint only (even when disabled): check the URL and the signature verification. It is delivered and retried like any event.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Endpoint id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            eventId: string;
                            /** @description Follow it in GET /v1/webhooks/{id}/deliveries */
                            deliveryId: number;
                        };
                    };
                };
                /** @description Invalid input or a business rule failed: every failure at once, each with its code and field (api.md §2) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Missing, invalid or expired credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Unknown resource (or one of another GSTIN) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Duplicate (2150, 604), conflicting state, or a request with this Idempotency-Key still running */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Idempotency-Key reused with a different request */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited (GSTGATE_RATE_LIMIT_PER_MINUTE per token, else per IP): retry after Retry-After seconds */
                429: {
                    headers: {
                        /** @description Seconds until the limit resets */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The caller GSTIN's audit log
         * @description Every document action through the API (successes with the document id, failures with the error code), the events of the e-way bill expiry scan and of background jobs (actor `system`), and changes to webhook endpoints.
         */
        get: {
            parameters: {
                query?: {
                    /** @description IRN, e-way bill number, consolidated number, job id or webhook endpoint id */
                    docId?: string;
                    /** @description e.g. einvoice.generate, ewaybill.extend, ewaybill.expiring */
                    action?: string;
                    /** @description ISO-8601; entries at or after it */
                    from?: string;
                    /** @description ISO-8601; entries at or before it */
                    to?: string;
                    limit?: number;
                    /** @description The `next` of the previous page */
                    before?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Newest first */
                            entries: {
                                id: number;
                                /** @description ISO-8601, when the gateway recorded it (real time) */
                                at: string;
                                /** @description API user name, or `system` (jobs, the expiry scan) */
                                actor: string;
                                /** @description einvoice.generate, einvoice.cancel, ewaybill.generate-by-irn, ewaybill.generate, ewaybill.update-partb, ewaybill.update-transporter, ewaybill.extend, ewaybill.cancel, ewaybill.reject, ewaybill.consolidate, ewaybill.regenerate-tripsheet, ewaybill.multi-vehicle-initiate|add|change, ewaybill.expiring, ewaybill.expired, job.*, webhook.* */
                                action: string;
                                /** @description einvoice, ewaybill, consolidated-ewaybill, job, webhook */
                                docType: string | null;
                                docId: string | null;
                                /** @description X-Request-Id of the request that did it */
                                requestId: string | null;
                                /** @enum {string} */
                                outcome: "success" | "failure";
                                /** @description Small facts: the error code of a failure, recovered, the new validity … */
                                detail: unknown;
                            }[];
                            /** @description Pass as `before` for the next page */
                            next?: string;
                        };
                    };
                };
                /** @description Invalid input or a business rule failed: every failure at once, each with its code and field (api.md §2) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Missing, invalid or expired credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Rate limited (GSTGATE_RATE_LIMIT_PER_MINUTE per token, else per IP): retry after Retry-After seconds */
                429: {
                    headers: {
                        /** @description Seconds until the limit resets */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/einvoice/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Verify a SignedQRCode / SignedInvoice, or the QR code of an image
         * @description NIC's offline verifier as an API. Body `{ jws }` (a SignedQRCode or SignedInvoice string) or `{ image }` (base64 PNG or JPEG, or a data: URL, of a printed or photographed QR code; its text is the JWS). `valid` is true when the RS256 signature verifies with gstgate's signing key (/.well-known/jwks.json, matched by the header's kid) or one of the NIC certificates of GSTGATE_NIC_VERIFY_CERT; a signature that does not verify is still 200, with `valid: false` and a `reason`. `data` is the payload's data claim parsed from its JSON text; `kind` says whether it is a SignedQRCode or a SignedInvoice. Errors: 400 VERIFY_NOT_A_JWS (the text, or the QR code's text, is not a JWS compact), 400 VERIFY_NO_QR_FOUND, 400 VERIFY_IMAGE_UNREADABLE (not base64, not PNG/JPEG, or it does not decode), 413 VERIFY_IMAGE_TOO_LARGE (above 25 megapixels), 413 PAYLOAD_TOO_LARGE (body above 8388608 bytes), 400 VALIDATION_FAILED (neither or both of jws and image). Any valid token may verify any document: verification is not limited to its own GSTIN.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description A SignedQRCode or SignedInvoice: JWS compact (header.payload.signature), as in the generate response */
                        jws?: string;
                        /** @description A PNG or JPEG of the printed QR code, base64 (standard or URL-safe) or a data: URL (data:image/png;base64,…) */
                        image?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The RS256 signature verifies with gstgate's key (/.well-known/jwks.json) or a configured NIC certificate */
                            valid: boolean;
                            /** @description Why valid is false: "signature does not match", "unknown key id …", "unsupported algorithm …" */
                            reason?: string;
                            /**
                             * @description SignedQRCode: data has the QR fields (SellerGstin … IrnDt); SignedInvoice: data is an INV-01 with Irn; else unknown
                             * @enum {string}
                             */
                            kind: "SignedQRCode" | "SignedInvoice" | "unknown";
                            /** @description The JWS header's alg (RS256 for NIC) */
                            alg: string;
                            /** @description The JWS header's kid: upper-case hex SHA-1 thumbprint of the signing certificate */
                            kid: string | null;
                            /** @description The payload's iss ("NIC", "NIC Sandbox") */
                            issuer: string | null;
                            /** @description The key that verified the signature (null when valid is false) */
                            key: {
                                /** @enum {string} */
                                source: "gstgate" | "nic-certificate";
                                kid: string | null;
                                subject: string | null;
                            } | null;
                            /** @description The payload's data, parsed from its JSON text (shown also when valid is false: it is what the document claims) */
                            data: unknown;
                            /** @description With image: the QR code read from it */
                            qr?: {
                                /** @enum {boolean} */
                                found: true;
                                /** @enum {string} */
                                format: "PNG" | "JPEG";
                                width: number;
                                height: number;
                                /** @description QR version (NIC's SignedQRCode: about 25) */
                                version: number;
                            };
                        };
                    };
                };
                /** @description Invalid input or a business rule failed: every failure at once, each with its code and field (api.md §2) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Missing, invalid or expired credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Duplicate (2150, 604), conflicting state, or a request with this Idempotency-Key still running */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Request body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Unsupported media type */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Idempotency-Key reused with a different request */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited (GSTGATE_RATE_LIMIT_PER_MINUTE per token, else per IP): retry after Retry-After seconds */
                429: {
                    headers: {
                        /** @description Seconds until the limit resets */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sandbox/taxpayers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a taxpayer to the sandbox GST registry
         * @description Without `gstin`, a new realistic GSTIN with a valid check digit is made for `stateCode`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Omit to get a new realistic GSTIN with a valid check digit for stateCode */
                        gstin?: string;
                        stateCode?: string;
                        /** @description PAN for a generated GSTIN (several registrations of one PAN) */
                        pan?: string;
                        legalName: string;
                        tradeName?: string;
                        /**
                         * @default Active
                         * @enum {string}
                         */
                        sts?: "Active" | "Cancelled" | "Suspended" | "Inactive" | "Provisional";
                        /** @description Registration date */
                        rgdt: string;
                        /** @description Cancellation date (for Cancelled) */
                        cxdt?: string;
                        /** @description Constitution of business, e.g. Private Limited Company */
                        ctb?: string;
                        /**
                         * @description Taxpayer type as the portal writes it
                         * @default Regular
                         * @enum {string}
                         */
                        dty?: "Regular" | "Composition" | "SEZ Unit" | "SEZ Developer" | "Tax Collector (Electronic Commerce Operator)" | "Tax Deductor" | "United Nation Body" | "Consulate or Embassy of Foreign Country" | "Non Resident Taxable Person" | "Non Resident Online Services Provider" | "Input Service Distributor (ISD)" | "Casual Taxable Person" | "Government Department ID";
                        address?: {
                            building?: string;
                            buildingNo?: string;
                            floor?: string;
                            street?: string;
                            location?: string;
                            city?: string;
                            district?: string;
                            stateCode: string;
                            pincode: string | number;
                        };
                        nba?: string[];
                        einvoiceStatus?: boolean | ("Yes" | "No");
                        /** @description e-way bill generation blocked for return non-filing (IRP BlkStatus B) */
                        blocked?: boolean;
                        /** @description IRP reporting time limit in days for this taxpayer (30 for AATO ≥ ₹10 crore); null/absent = none */
                        reportingLimitDays?: number | null;
                        /** @description Accept a GSTIN whose check digit fails, as NIC's own sandbox test GSTINs do */
                        testIdentity?: boolean;
                        /** @description State jurisdiction, e.g. "State - Karnataka,Division - DGSTO-4, Bengaluru,LOCAL GST Office - LGSTO 015 - Bengaluru" */
                        stj?: string;
                        /** @description State jurisdiction code, e.g. KA003 */
                        stjCd?: string;
                        /** @description Centre jurisdiction, e.g. "Commissionerate - BENGALURU EAST,Division - EAST DIVISION-8,Range - RANGE-BED8" */
                        ctj?: string;
                        /** @description Centre jurisdiction code, e.g. YT0802 */
                        ctjCd?: string;
                        /** @description Give the taxpayer a synthetic return-filing history that follows its registration and the due dates (default false: only filings added through /filings) */
                        syntheticFilings?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            gstin: string;
                            stateCode: string;
                            pan: string;
                            legalName: string;
                            tradeName: string | null;
                            sts: string;
                            rgdt: string;
                            cxdt: string | null;
                            ctb: string | null;
                            dty: string;
                            address: unknown | null;
                            /** @enum {string} */
                            einvoiceStatus: "Yes" | "No";
                            blocked: boolean;
                            reportingLimitDays: number | null;
                            testIdentity: boolean;
                        };
                    };
                };
                /** @description Invalid input or a business rule failed: every failure at once, each with its code and field (api.md §2) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Missing, invalid or expired credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Unknown resource (or one of another GSTIN) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Duplicate (2150, 604), conflicting state, or a request with this Idempotency-Key still running */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Request body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unsupported media type */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited (GSTGATE_RATE_LIMIT_PER_MINUTE per token, else per IP): retry after Retry-After seconds */
                429: {
                    headers: {
                        /** @description Seconds until the limit resets */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sandbox/taxpayers/{gstin}/filings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add return filings for a taxpayer
         * @description They appear in GET /v1/gstin/{gstin}/returns (RETTRACK) for the financial year of their filing date, next to the synthetic history of a taxpayer created with syntheticFilings (an explicit filing replaces the synthetic one of the same return and period). Without `arn` one is generated in the official format. Invalid fields are 400 VALIDATION_FAILED (all at once), a GSTIN not in the registry 404, the same return, period and ARN twice 409.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    gstin: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        filings: {
                            /** @description Return type: GSTR1, GSTR1A, GSTR3B, GSTR4, CMP08, GSTR9, GSTR9C … (hyphens and case ignored: GSTR-3B) */
                            rtntype: string;
                            /** @description Tax period MMYYYY, e.g. 022024 (annual returns: 03 of the FY end, e.g. 032024) */
                            ret_prd: string;
                            /** @description Date of filing dd-MM-yyyy or dd/MM/yyyy: on or after the first day of the period, not after today (government clock) */
                            dof: string;
                            /** @description Default Filed */
                            status?: string;
                            /** @description Acknowledgement reference number, up to 25 letters and digits; generated in the official format when absent */
                            arn?: string;
                            /**
                             * @description Mode of filing, default ONLINE
                             * @enum {string}
                             */
                            mof?: "ONLINE" | "OFFLINE";
                            /**
                             * @description Default Y
                             * @enum {string}
                             */
                            valid?: "Y" | "N";
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            gstin: string;
                            /** @description The filings added, as GET /v1/gstin/{gstin}/returns shows them */
                            filings: {
                                /** @enum {string} */
                                valid: "Y" | "N";
                                /** @enum {string} */
                                mof: "ONLINE" | "OFFLINE";
                                /** @description dd-MM-yyyy */
                                dof: string;
                                rtntype: string;
                                ret_prd: string;
                                arn: string;
                                status: string;
                            }[];
                        };
                    };
                };
                /** @description Invalid input or a business rule failed: every failure at once, each with its code and field (api.md §2) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Missing, invalid or expired credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Unknown resource (or one of another GSTIN) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Duplicate (2150, 604), conflicting state, or a request with this Idempotency-Key still running */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Request body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unsupported media type */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited (GSTGATE_RATE_LIMIT_PER_MINUTE per token, else per IP): retry after Retry-After seconds */
                429: {
                    headers: {
                        /** @description Seconds until the limit resets */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sandbox/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create an API user acting for a GSTIN
         * @description The user signs in with POST /v1/authenticate and acts for that GSTIN only. The GSTIN must be in the sandbox registry (404 NOT_FOUND: add it with POST /v1/sandbox/taxpayers).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        gstin: string;
                        username: string;
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            gstin: string;
                            username: string;
                        };
                    };
                };
                /** @description Invalid input or a business rule failed: every failure at once, each with its code and field (api.md §2) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Missing, invalid or expired credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Unknown resource (or one of another GSTIN) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Duplicate (2150, 604), conflicting state, or a request with this Idempotency-Key still running */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Request body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unsupported media type */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited (GSTGATE_RATE_LIMIT_PER_MINUTE per token, else per IP): retry after Retry-After seconds */
                429: {
                    headers: {
                        /** @description Seconds until the limit resets */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sandbox/clients": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a NIC wire-protocol client (client_id / client_secret)
         * @description The secret is shown once; only its hash is stored.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            clientId: string;
                            clientSecret: string;
                        };
                    };
                };
                /** @description Invalid input or a business rule failed: every failure at once, each with its code and field (api.md §2) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Missing, invalid or expired credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Unknown resource (or one of another GSTIN) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Duplicate (2150, 604), conflicting state, or a request with this Idempotency-Key still running */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Rate limited (GSTGATE_RATE_LIMIT_PER_MINUTE per token, else per IP): retry after Retry-After seconds */
                429: {
                    headers: {
                        /** @description Seconds until the limit resets */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sandbox/clock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read the government clock
         * @description The instant the sandbox government systems use (document dates, 24-hour windows, e-way bill validity) and its offset from real time.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description ISO-8601 instant of the sandbox government clock */
                            now: string;
                            /** @description Offset from real time */
                            offsetSeconds: number;
                        };
                    };
                };
                /** @description Invalid input or a business rule failed: every failure at once, each with its code and field (api.md §2) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Missing, invalid or expired credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Unknown resource (or one of another GSTIN) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Duplicate (2150, 604), conflicting state, or a request with this Idempotency-Key still running */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Rate limited (GSTGATE_RATE_LIMIT_PER_MINUTE per token, else per IP): retry after Retry-After seconds */
                429: {
                    headers: {
                        /** @description Seconds until the limit resets */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Set or advance the government clock
         * @description Governs document dates, windows and validity on the government side; not token expiry.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: date-time
                         * @description ISO-8601 instant the government clock jumps to, then keeps running
                         */
                        now: string;
                    } | {
                        /** @description Move the government clock forward (or back, if negative) */
                        advanceSeconds: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description ISO-8601 instant of the sandbox government clock */
                            now: string;
                            /** @description Offset from real time */
                            offsetSeconds: number;
                        };
                    };
                };
                /** @description Invalid input or a business rule failed: every failure at once, each with its code and field (api.md §2) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Missing, invalid or expired credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Unknown resource (or one of another GSTIN) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Duplicate (2150, 604), conflicting state, or a request with this Idempotency-Key still running */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Request body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unsupported media type */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited (GSTGATE_RATE_LIMIT_PER_MINUTE per token, else per IP): retry after Retry-After seconds */
                429: {
                    headers: {
                        /** @description Seconds until the limit resets */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        /**
         * Return to real time
         * @description Offset back to 0: the government clock follows real time again.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description ISO-8601 instant of the sandbox government clock */
                            now: string;
                            /** @description Offset from real time */
                            offsetSeconds: number;
                        };
                    };
                };
                /** @description Invalid input or a business rule failed: every failure at once, each with its code and field (api.md §2) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Missing, invalid or expired credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Unknown resource (or one of another GSTIN) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Duplicate (2150, 604), conflicting state, or a request with this Idempotency-Key still running */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Rate limited (GSTGATE_RATE_LIMIT_PER_MINUTE per token, else per IP): retry after Retry-After seconds */
                429: {
                    headers: {
                        /** @description Seconds until the limit resets */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sandbox/faults": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the active faults
         * @description Faults not used up yet, per GSTIN, with the calls they still apply to.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Only this GSTIN's faults */
                    gstin?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Active faults, oldest (applied first) first */
                            faults: {
                                id: number;
                                gstin: string;
                                /** @enum {string} */
                                kind: "down" | "slow" | "commit-then-timeout";
                                /** @description Calls the fault still applies to */
                                remaining: number;
                                delayMs: number | null;
                                /** @description ISO-8601 */
                                createdAt: string;
                            }[];
                        };
                    };
                };
                /** @description Invalid input or a business rule failed: every failure at once, each with its code and field (api.md §2) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Missing, invalid or expired credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Rate limited (GSTGATE_RATE_LIMIT_PER_MINUTE per token, else per IP): retry after Retry-After seconds */
                429: {
                    headers: {
                        /** @description Seconds until the limit resets */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Inject a fault into one GSTIN's next government-side calls
         * @description Applies to the next `count` calls the sandbox government systems (IRP, e-way bill system, GST portal) receive for the GSTIN, through the REST API and the /nic wire protocol alike, on every gstgate instance sharing the database (another instance notices within 200 ms). down: 503 UPSTREAM_UNAVAILABLE; slow: the answer comes after delayMs, or 504 UPSTREAM_TIMEOUT after GSTGATE_NIC_TIMEOUT_MS when delayMs is longer; commit-then-timeout: the call is carried out (a document is registered) and the caller gets 504 UPSTREAM_TIMEOUT, which e-invoice generation then recovers from (RECOVERED in `info`). Several faults of a GSTIN apply oldest first.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The GSTIN whose government-side calls misbehave (the caller of e-invoice / e-way bill calls; the GSTIN looked up on the taxpayer API) */
                        gstin: string;
                        /**
                         * @description down: 503 UPSTREAM_UNAVAILABLE without reaching the government system; slow: answered after delayMs (504 UPSTREAM_TIMEOUT after GSTGATE_NIC_TIMEOUT_MS when delayMs exceeds it); commit-then-timeout: the call is made (a document is registered) and the caller gets 504
                         * @enum {string}
                         */
                        kind: "down" | "slow" | "commit-then-timeout";
                        /**
                         * @description How many calls the fault applies to (default 1)
                         * @default 1
                         */
                        count?: number;
                        /** @description Required for slow, and only for slow */
                        delayMs?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            gstin: string;
                            /** @enum {string} */
                            kind: "down" | "slow" | "commit-then-timeout";
                            /** @description Calls the fault still applies to */
                            remaining: number;
                            delayMs: number | null;
                            /** @description ISO-8601 */
                            createdAt: string;
                        };
                    };
                };
                /** @description Invalid input or a business rule failed: every failure at once, each with its code and field (api.md §2) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Missing, invalid or expired credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Request body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unsupported media type */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited (GSTGATE_RATE_LIMIT_PER_MINUTE per token, else per IP): retry after Retry-After seconds */
                429: {
                    headers: {
                        /** @description Seconds until the limit resets */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        /**
         * Clear the faults (all, or one GSTIN's)
         * @description Without ?gstin every fault is removed; with it only that GSTIN’s. The next government calls behave normally.
         */
        delete: {
            parameters: {
                query?: {
                    /** @description Only this GSTIN's faults */
                    gstin?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            deleted: number;
                        };
                    };
                };
                /** @description Invalid input or a business rule failed: every failure at once, each with its code and field (api.md §2) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Missing, invalid or expired credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description First error code: NIC code where NIC has one, else a documented platform code */
                            code: string;
                            errors: {
                                code: string;
                                message: string;
                                field?: string;
                            }[];
                            info?: unknown[];
                            requestId: string;
                        };
                    };
                };
                /** @description Rate limited (GSTGATE_RATE_LIMIT_PER_MINUTE per token, else per IP): retry after Retry-After seconds */
                429: {
                    headers: {
                        /** @description Seconds until the limit resets */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/.well-known/jwks.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Public keys that verify SignedInvoice and SignedQRCode
         * @description JWK set of gstgate's RS256 signing key: `kid` is the JWS header's (nic-einvoice.md §6.3). No token needed; POST /v1/einvoice/verify checks with it.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description application/problem+json (api.md §2) */
        Problem: {
            type: string;
            title: string;
            status: number;
            /** @description First error code: NIC code where NIC has one, else a documented platform code */
            code: string;
            errors: {
                code: string;
                message: string;
                field?: string;
            }[];
            info?: unknown[];
            requestId: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
