namespace SpectrumTicketing.Tests.Support
{
    /// <summary>
    /// Response bodies as the vendor's API specification (version 2.02) prints them. Where the printed
    /// example is cut off or wrapped by the page layout, the comment on the member describes the completion.
    /// </summary>
    internal static class SpecExamples
    {
        public const string TokenSuccess = """
            {
              "resultCode": "200",
              "resultCodeName": "PROCESSED",
              "resultMessage": "PROCESSED",
              "token_type": "bearer",
              "access_token": "<encrypted_token_XYZ>",
              "expires_in": 3600
            }
            """;

        /// <summary>
        /// The 400 response to wrong credentials. The specification breaks resultMessage over two lines at the
        /// page edge, so here the two halves are joined with a space.
        /// </summary>
        public const string TokenUnauthorizedClient = """
            {
              "resultCode": "2199",
              "resultCodeName": "TKN_UNAUTHORIZED_CLIENT",
              "resultMessage": "The authenticated client is not authorized to use this authorization grant type",
              "error": "unauthorized_client",
              "error_description": "TKN_UNAUTHORIZED_CLIENT",
              "internalCode": 0
            }
            """;

        public const string TokenUnauthorizedClientMessage =
            "The authenticated client is not authorized to use this authorization grant type";

        /// <summary>
        /// GET /tickets, first page. The printed example stops after the second ticket's id. Here the second
        /// ticket is completed as an open ticket with the fields a list returns.
        /// </summary>
        public const string TicketPage = """
            {
              "ticketsCount": 72,
              "resultsRetrieved": "25 of 72",
              "pageReturned": "1 of 3",
              "previousPageURL": "https://apis.spectrum.net/entservices/ticketing-b2b/v1/tickets?paginate=true&returnPageNumber=1",
              "nextPageURL": "https://apis.spectrum.net/entservices/ticketing-b2b/v1/tickets?paginate=true&returnPageNumber=2",
              "closedDateStart": 1693584000,
              "closedDateEnd": 1757289600,
              "tickets": [
              {
                "id": "RSGADG2LITIC5ASBZCZMSAYTNXPKZI",
                "spectrumTicketNumber": "ECT-82521505",
                "customerTicketNumber": "",
                "billingAccountNumber": "",
                "status": "Closed",
                "ticketReportSource": "B2B-API",
                "needsClientAttention": false,
                "businessImpact": "Information",
                "impactedServices": [
                  []
                ],
                "impactedCircuits": [],
                "siteGuid": "CSGADGH1JT34HARQG9QLRPGM361HU8",
                "siteAddress": {
                  "id": "7706F9DF9264182A6E728CA27C26F616",
                  "addressLine1": "3918 S KINGS AVE",
                  "city": "BRANDON",
                  "state": "FL",
                  "zip5": "33511",
                  "latitude": "27.9056",
                  "longitude": "-82.2881"
                },
                "siteContacts": [
                  "SPECTRUM SITE EBOND TEST USER"
                ],
                "contacts": [
                {
                  "name": "SPECTRUM SITE EBOND TEST USER",
                  "type": "SITE",
                  "phoneNumber": "1231231234",
                  "email": "TESTYTHESITESTER@EMAIL.COM"
                }
                ],
                "ticketType": "ECT",
                "ticketSubType": "ticket",
                "assignedAction": "",
                "dateCreated": 1696369378,
                "dateCreatedYMD": "2023-10-03T21:42:58.000+0000",
                "dateUpdated": 1696824000,
                "dateUpdatedYMD": "2023-10-09T04:00:00.000+0000",
                "dateResolved": 1696824000,
                "dateResolvedYMD": "2023-10-09T04:00:00.000+0000",
                "dateClosed": 1696824000,
                "dateClosedYMD": "2023-10-09T04:00:00.000+0000",
                "resolutionCode": "Automation-Closed-Ticketing System-Ticket",
                "resolutionMessage": "Automation Closed Ticket at Ticketing System"
              },
              {
                "id": "RSGADG2LITIC5ASCC166SBCCESRUM1",
                "spectrumTicketNumber": "ECT-82521506",
                "customerTicketNumber": "TEST9999",
                "billingAccountNumber": "8260259230587430",
                "status": "In Progress",
                "ticketReportSource": "Inbound Call",
                "needsClientAttention": true,
                "businessImpact": "Outage",
                "impactedServices": [
                  "Data-FIA"
                ],
                "impactedCircuits": [
                  "81.L1XX.011986..CHTR",
                  "94.L1XX.001462..CHTR"
                ],
                "siteGuid": "CSGADGH1JT34HARQG9S9RPGM541HYP",
                "siteAddress": {
                  "id": "8816F9DF9264182A6E728CA27C26F617",
                  "addressLine1": "6399 S FIDDLERS GREEN CIR",
                  "city": "ENGLEWOOD",
                  "state": "CO",
                  "zip5": "80111",
                  "latitude": "39.6000",
                  "longitude": "-104.8900"
                },
                "siteContacts": [
                  "JOHN DOE",
                  "FRED SMITH"
                ],
                "contacts": [],
                "ticketType": "ECT",
                "ticketSubType": "No Connectivity",
                "assignedAction": "Maintenance - Waiting for Approvals",
                "dateCreated": 1711034311,
                "dateCreatedYMD": "2024-03-21T15:18:31.000Z",
                "dateUpdated": 0,
                "dateUpdatedYMD": "2024-03-27T04:00:00.000Z",
                "dateResolved": 0,
                "dateResolvedYMD": "",
                "resolutionCode": "",
                "resolutionMessage": ""
              }
              ]
            }
            """;

        /// <summary>GET /tickets/{ticket_id}, printed with a trailing comma after the notes array.</summary>
        public const string SingleTicket = """
            {
              "id": "RSGADGJJIOCU6AS0P48V5J0R1XHZCX",
              "spectrumTicketNumber": "ECT-82979269",
              "customerTicketNumber": "",
              "billingAccountNumber": "",
              "status": "Closed",
              "ticketReportSource": "B2B-API",
              "needsClientAttention": false,
              "businessImpact": "Outage",
              "impactedServices": [
                "Data-Broadband Internet"
              ],
              "impactedCircuits": [
                "81.L1XX.011988..CHTR"
              ],
              "siteGuid": "CSGADGH1JT34HARQG9QLRPGM361HU8",
              "siteAddress": {
                "id": "7706F9DF9264182A6E728CA27C26F616",
                "addressLine1": "3918 S KINGS AVE",
                "city": "BRANDON",
                "state": "FL",
                "zip5": "33511",
                "latitude": "27.9056",
                "longitude": "-82.2881"
              },
              "siteContacts": [
                "JOHN DOE"
              ],
              "contacts": [
                {
                  "name": "JOHN DOE",
                  "type": "SITE",
                  "phoneNumber": "1231231234",
                  "email": "SEVSICH@ING-EMAIL.COM"
                }
              ],
              "ticketType": "ECT",
              "ticketSubType": "ticket",
              "assignedAction": "",
              "dateCreated": 1711034311,
              "dateCreatedYMD": "2024-03-21T15:18:31.000Z",
              "dateUpdated": 1711512000,
              "dateUpdatedYMD": "2024-03-27T04:00:00.000Z",
              "dateResolved": 1711512000,
              "dateResolvedYMD": "2024-03-27T04:00:00.000Z",
              "dateClosed": 1711512000,
              "dateClosedYMD": "2024-03-27T04:00:00.000Z",
              "resolutionCode": "Automation-Closed-Ticketing System-Ticket",
              "resolutionMessage": "Automation Closed Ticket at Ticketing System",
              "customerActionMinuteDetails": [],
              "notes": [
                {
                  "dateCreated": 1711034311,
                  "dateCreatedYMD": "2024-03-21T15:18:31.000Z",
                  "noteType": "Customer-Note",
                  "note": "Customer Provided CID: 81.L1XX.011988..CHTR<br><br><strong>Issue Description: </strong>TEST TICKET - Client API Test<br><strong>Impacted Services: </strong>Data-Fiber Internet<br><strong>Business Impact: </strong>Outage<br><strong>Does building have power? </strong>Yes<br><strong>Does equipment have power? </strong>Yes<br><strong>Trouble Shooting Steps: </strong>Turned off and on again. Test ticket.<br><strong>Access Hours:</strong> 09:00 to 17:00<br><strong>Additional Information: </strong>This is a test ticket for ING - Spectrum integration API call"
                }
              ],
            }
            """;

        public const string SingleTicketFirstNote =
            "Customer Provided CID: 81.L1XX.011988..CHTR<br><br><strong>Issue Description: </strong>TEST TICKET - Client API Test" +
            "<br><strong>Impacted Services: </strong>Data-Fiber Internet<br><strong>Business Impact: </strong>Outage" +
            "<br><strong>Does building have power? </strong>Yes<br><strong>Does equipment have power? </strong>Yes" +
            "<br><strong>Trouble Shooting Steps: </strong>Turned off and on again. Test ticket.<br><strong>Access Hours:</strong> 09:00 to 17:00" +
            "<br><strong>Additional Information: </strong>This is a test ticket for ING - Spectrum integration API call";

        public const string Sites = """
            {
                "sitesCount": 2,
                "sites": [
                    {
                        "cxId": "2A8C9B32-D557-4170-ABC1-CDA9CE30D621",
                        "addressLine1": "3918 S KINGS AVE",
                        "addressLine2": "",
                        "city": "BRANDON",
                        "state": "FL",
                        "zipCode": "33511",
                        "siteGuid": "CSGADGH1JT34HARQG9QLRPGM361HU8"
                    },
                    {
                        "cxId": "2A8C9B32-D557-4170-ABC1-CDA9CE30D621",
                        "addressLine1": "6399 S FIDDLERS GREEN CIR",
                        "addressLine2": "",
                        "city": "ENGLEWOOD",
                        "state": "CO",
                        "zipCode": "80111",
                        "siteGuid": "CSGADGH1JT34HARQG9S9RPGM541HYP"
                    }
                ]
            }
            """;

        /// <summary>
        /// GET /circuits. The printed example stops inside the fourth of five circuits. Here the fourth is
        /// completed with the Englewood address and a fifth is added to match circuitsCount.
        /// </summary>
        public const string Circuits = """
            {
              "circuitsCount": 5,
              "circuits": [
                {
                  "circuitId": "51.L1XX.010501..TWCC",
                  "cxId": "2A8C9B32-D557-4170-ABC1-CDA9CE30D621",
                  "location": {
                    "streetAddress1": "11921 N MOPAC EXPY",
                    "streetAddress2": "",
                    "city": "AUSTIN",
                    "state": "TX",
                    "zip": "78759"
                  }
                },
                {
                  "circuitId": "81.L1XX.011986..CHTR",
                  "cxId": "2A8C9B32-D557-4170-ABC1-CDA9CE30D621",
                  "location": {
                    "streetAddress1": "3918 S KINGS AVE",
                    "streetAddress2": "",
                    "city": "BRANDON",
                    "state": "FL",
                    "zip": "33511"
                  }
                },
                {
                  "circuitId": "94.L1XX.001462..CHTR",
                  "cxId": "2A8C9B32-D557-4170-ABC1-CDA9CE30D621",
                  "location": {
                    "streetAddress1": "6399 S FIDDLERS GREEN CIR",
                    "streetAddress2": "",
                    "city": "ENGLEWOOD",
                    "state": "CO",
                    "zip": "80111"
                  }
                },
                {
                  "circuitId": "94.L1XX.001463..CHTR",
                  "cxId": "2A8C9B32-D557-4170-ABC1-CDA9CE30D621",
                  "location": {
                    "streetAddress1": "6399 S FIDDLERS GREEN CIR",
                    "streetAddress2": "STORE 123",
                    "city": "ENGLEWOOD",
                    "state": "CO",
                    "zip": "80111"
                  }
                },
                {
                  "circuitId": "94.L1XX.001464..CHTR",
                  "cxId": "2A8C9B32-D557-4170-ABC1-CDA9CE30D621",
                  "location": {
                    "streetAddress1": "6399 S FIDDLERS GREEN CIR",
                    "streetAddress2": "",
                    "city": "ENGLEWOOD",
                    "state": "CO",
                    "zip": "80111"
                  }
                }
              ]
            }
            """;

        public const string SingleCircuit = """
            {
              "circuitId": "94.L1XX.001464..CHTR",
              "cxId": "2ABC9B32-D557-4170-ABC1-CDA9CE30D621",
              "location": {
                "streetAddress1": "6399 S FIDDLERS GREEN CIR",
                "streetAddress2": "",
                "city": "ENGLEWOOD",
                "state": "CO",
                "zip": "80111"
              }
             }
            """;

        public const string ResourceAuthorizationError = """
            {
              "resultCodeName": "RESOURCE_AUTHORIZATION_ERROR",
              "resultCode": "2995",
              "resultMessage": "Resource Authorization Error",
              "error": "access_denied",
              "error_description": "RESOURCE_AUTHORIZATION_ERROR"
            }
            """;

        /// <summary>The expired-token 401 of the appendix, in the order the gateway writes it there.</summary>
        public const string AccessTokenExpired = """
            {
              "resultMessage": "Access token expired",
              "resultCode": "2076",
              "resultCodeName": "INVALID_TOKEN"
            }
            """;

        public const string InvalidTokenHeader = """
            {
              "error_description": "INVALID_TOKEN_HEADER",
              "resultCodeName": "INVALID_TOKEN_HEADER",
              "error": "invalid_token",
              "resultCode": "2076",
              "resultMessage": "Invalid JWT Header"
            }
            """;

        public const string InvalidParameter = """
            {
              "message": "Method parameter 'paginate': Failed to convert value of type 'java.lang.String' to required type 'java.lang.Boolean'; Invalid boolean value [fals]"
            }
            """;

        public const string InvalidCircuits = """
            {
              "message": "One or more invalid circuits : 99.A9AA.A123456.AA.AAAA"}

            """;

        public const string NotEditable = """
            {
              "message": "Ticket is not in editable state"
            }
            """;
    }
}
