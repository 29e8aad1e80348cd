BeforeAll {
    . (Join-Path $PSScriptRoot 'Common.ps1')
    $script:Simulator = Start-SpectrumSimulator
    Connect-TestOrganization -Simulator $script:Simulator | Out-Null
    $script:Contact = New-SpectrumTicketContact -FirstName 'Dana' -LastName 'Reyes' -PhoneNumber '303-555-0100' -Email 'dana@example.com'
    $script:Site = Get-SpectrumSite | Where-Object SiteGuid -EQ 'CSGADGH1JT34HARQG9QLRPGM361HU8'
    $script:Circuit = '81.L1XX.011986..CHTR'

    function New-ValidTicketParameters {
        @{
            CircuitId        = $script:Circuit
            IssueDescription = 'Circuit down since 06:00'
            BusinessImpact   = 'Outage'
            Contact          = $script:Contact
        }
    }
}

AfterAll {
    Disconnect-SpectrumTicketing -ErrorAction SilentlyContinue
    Stop-SpectrumSimulator -Simulator $script:Simulator
}

Describe 'New-SpectrumTicket' {
    BeforeEach {
        Reset-Simulator -Simulator $script:Simulator
    }

    It 'creates a ticket that reads back with source B2B-API' {
        $parameters = New-ValidTicketParameters

        $receipt = New-SpectrumTicket @parameters -CustomerTicketId 'INC-1001' -BuildingPower $true -EquipmentPower $false `
            -TroubleshootingSteps 'Power cycled the NID' -SiteAccessStartTime '09:00' -SiteAccessEndTime '17:00' `
            -AdditionalInfo 'Gate code 1234' -IssueStartDate '2026-12-04' -IssueStartTime '06:00'

        $receipt.TicketId | Should -Not -BeNullOrEmpty
        $receipt.SpectrumTicketNumber | Should -Match '^ECT-\d+$'
        $receipt.CustomerTicketId | Should -Be 'INC-1001'
        $receipt.Recovered | Should -BeFalse
        $ticket = $receipt | Get-SpectrumTicket
        $ticket.Source | Should -Be 'B2B-API'
        $ticket.Status | Should -Be 'In Progress'
        $ticket.CustomerTicketNumber | Should -Be 'INC-1001'
        $ticket.ImpactedCircuits | Should -Be @($script:Circuit)
        $ticket.Notes[0].Note | Should -BeLike '*Circuit down since 06:00*'
    }

    It 'marks an alarm ticket as B2B-Alarm' {
        $parameters = New-ValidTicketParameters

        $receipt = New-SpectrumTicket @parameters -Alarm

        (Get-SpectrumTicket -Id $receipt.TicketId).Source | Should -Be 'B2B-Alarm'
    }

    It 'creates a ticket for a site without circuits, with hashtable contacts' {
        $contacts = @(
            @{ Type = 'Technical'; FirstName = 'Lee'; LastName = 'Park'; PhoneNumber = '303-555-0101'; Email = 'lee@example.com' }
            @{ type = 'site'; firstName = 'Ana'; lastName = 'Lopez'; phoneNumber = '303-555-0102'; email = 'ana@example.com'; AvailableStartTime = '08:00' }
        )

        $receipt = New-SpectrumTicket -SiteGuid $script:Site.SiteGuid -IssueDescription 'Slow internet' -BusinessImpact Impairment -Contact $contacts

        $ticket = Get-SpectrumTicket -Id $receipt.TicketId
        $ticket.SiteGuid | Should -Be $script:Site.SiteGuid
        $ticket.Contacts.Count | Should -Be 2
    }

    It 'generates a customer ticket id when none is given' {
        $parameters = New-ValidTicketParameters

        $receipt = New-SpectrumTicket @parameters

        $receipt.CustomerTicketId | Should -Match '^PS-[0-9A-F]{16}$'
        (Get-SimulatorCounter -Simulator $script:Simulator).ticketsCreated.($receipt.CustomerTicketId) | Should -Be 1
    }

    It 'pipes its result into Add-SpectrumTicketNote' {
        $parameters = New-ValidTicketParameters

        $ticket = New-SpectrumTicket @parameters | Add-SpectrumTicketNote -Note 'Engineer on site at 10:00' -PassThru

        $ticket.Notes.Note | Should -Contain 'Engineer on site at 10:00'
    }

    It 'sends nothing with -WhatIf' {
        $parameters = New-ValidTicketParameters

        $transcript = Join-Path $TestDrive 'whatif.txt'
        Start-Transcript -LiteralPath $transcript | Out-Null
        try {
            New-SpectrumTicket @parameters -WhatIf
        }
        finally {
            Stop-Transcript | Out-Null
        }

        (Get-Content -LiteralPath $transcript -Raw) | Should -BeLike "*What if:*Create Outage ticket*circuit(s) $($script:Circuit)*"
        $counters = Get-SimulatorCounter -Simulator $script:Simulator
        $counters.requests.'POST /tickets' | Should -Be 0
        $counters.tokenRequests | Should -Be 0
    }

    It 'creates one ticket per CSV row' {
        $csv = Join-Path $TestDrive 'outages.csv'
        @(
            [pscustomobject]@{ SiteGuid = ''; CircuitId = '51.L1XX.010501..TWCC'; IssueDescription = 'Down'; BusinessImpact = 'Outage'; BuildingPower = 'True'; EquipmentPower = ''; CustomerTicketId = 'CSV-1' }
            [pscustomobject]@{ SiteGuid = ''; CircuitId = '94.L1XX.001462..CHTR;94.L1XX.001463..CHTR'; IssueDescription = 'Flapping'; BusinessImpact = 'Impairment'; BuildingPower = 'no'; EquipmentPower = 'yes'; CustomerTicketId = 'CSV-2' }
            [pscustomobject]@{ SiteGuid = $script:Site.SiteGuid; CircuitId = ''; IssueDescription = 'Question'; BusinessImpact = 'Information'; BuildingPower = ''; EquipmentPower = ''; CustomerTicketId = 'CSV-3' }
        ) | Export-Csv -LiteralPath $csv -NoTypeInformation

        $receipts = @(Import-Csv -LiteralPath $csv | New-SpectrumTicket -Contact $script:Contact -ErrorAction SilentlyContinue -ErrorVariable failures)

        $receipts.CustomerTicketId | Should -Be @('CSV-1', 'CSV-2', 'CSV-3')
        $failures.Count | Should -Be 0
        $created = (Get-SimulatorCounter -Simulator $script:Simulator).ticketsCreated
        $created.'CSV-1' | Should -Be 1
        $created.'CSV-2' | Should -Be 1
        $created.'CSV-3' | Should -Be 1
        (Get-SpectrumTicket -Id $receipts[1].TicketId).ImpactedCircuits.Count | Should -Be 2
    }

    It 'rejects <Case> before sending anything' -TestCases @(
        @{ Case = 'no site and no circuit'; Change = { param($p) $p.Remove('CircuitId') }; Expected = '*Neither SiteGuid nor CircuitId*' }
        @{ Case = 'six circuits'; Change = { param($p) $p.CircuitId = 1..6 | ForEach-Object { "51.L1XX.01050$_..TWCC" } }; Expected = '*6 circuits*at most 5*' }
        @{ Case = 'a repeated circuit'; Change = { param($p) $p.CircuitId = '81.L1XX.011986..CHTR', '81.L1XX.011986..CHTR' }; Expected = "*'81.L1XX.011986..CHTR' was given more than once*" }
        @{ Case = 'no Site contact'; Change = { param($p) $p.Contact = @{ Type = 'Technical'; FirstName = 'A'; LastName = 'B'; PhoneNumber = '1'; Email = 'a@b.c' } }; Expected = '*No contact of type Site*' }
        @{ Case = 'a contact without email'; Change = { param($p) $p.Contact = @{ FirstName = 'A'; LastName = 'B'; PhoneNumber = '1' } }; Expected = '*Contact 1 Email is missing*' }
        @{ Case = 'an empty description'; Change = { param($p) $p.IssueDescription = ' ' }; Expected = '*IssueDescription is missing*' }
        @{ Case = 'a description over 10,000 characters'; Change = { param($p) $p.IssueDescription = 'x' * 10001 }; Expected = '*10001 characters long; the maximum is 10000*' }
        @{ Case = 'a site access time of 9am'; Change = { param($p) $p.SiteAccessStartTime = '9am' }; Expected = "*SiteAccessStartTime '9am' is not a 24-hour time*" }
        @{ Case = 'a site access time of 24:00'; Change = { param($p) $p.SiteAccessEndTime = '24:00' }; Expected = "*SiteAccessEndTime '24:00'*" }
        @{ Case = 'a submitter id over 254 characters'; Change = { param($p) $p.SubmitterId = ('a' * 250) + '@x.io' }; Expected = '*SubmitterId is 255 characters long*' }
    ) {
        $parameters = New-ValidTicketParameters
        & $Change $parameters

        New-SpectrumTicket @parameters -ErrorAction SilentlyContinue -ErrorVariable failures | Should -BeNullOrEmpty

        $failures.Count | Should -Be 1
        $failures[0].FullyQualifiedErrorId | Should -Be 'InvalidTicketRequest,SpectrumTicketing.PowerShell.Commands.NewSpectrumTicketCommand'
        $failures[0].Exception.Message | Should -BeLike $Expected
        Get-RequestCount -Simulator $script:Simulator -Route 'POST /tickets' | Should -Be 0
    }

    It 'rejects an unknown business impact before sending anything' {
        $parameters = New-ValidTicketParameters
        $parameters.BusinessImpact = 'Down'

        { New-SpectrumTicket @parameters } | Should -Throw -ErrorId 'ParameterArgumentValidationError,SpectrumTicketing.PowerShell.Commands.NewSpectrumTicketCommand'

        Get-RequestCount -Simulator $script:Simulator -Route 'POST /tickets' | Should -Be 0
    }

    It 'rejects a power value that is not yes or no before sending anything' {
        $parameters = New-ValidTicketParameters

        $failure = { New-SpectrumTicket @parameters -BuildingPower 'maybe' } | Should -Throw -PassThru

        $failure.Exception.Message | Should -BeLike "*'maybe' is not a yes/no value*"
        Get-RequestCount -Simulator $script:Simulator -Route 'POST /tickets' | Should -Be 0
    }

    It 'reports the API message for a circuit of another organisation' {
        $parameters = New-ValidTicketParameters
        $parameters.CircuitId = '99.A9AA.A123456.AA.AAAA'

        New-SpectrumTicket @parameters -ErrorAction SilentlyContinue -ErrorVariable failures

        $failures[0].FullyQualifiedErrorId | Should -Be 'BadRequest,SpectrumTicketing.PowerShell.Commands.NewSpectrumTicketCommand'
        $failures[0].Exception.Message | Should -BeLike '*One or more invalid circuits : 99.A9AA.A123456.AA.AAAA*'
        Get-RequestCount -Simulator $script:Simulator -Route 'POST /tickets' | Should -Be 1
    }
}

Describe 'New-SpectrumTicketContact' {
    It 'builds contacts from CSV rows, type included' {
        $rows = @(
            [pscustomobject]@{ Type = 'Technical'; FirstName = 'Lee'; LastName = 'Park'; PhoneNumber = '1'; Email = 'lee@example.com' }
            [pscustomobject]@{ Type = 'Site'; FirstName = 'Ana'; LastName = 'Lopez'; PhoneNumber = '2'; Email = 'ana@example.com'; AvailableStartTime = '08:00' }
        )

        $contacts = @($rows | New-SpectrumTicketContact)

        $contacts.Type | Should -Be @('Technical', 'Site')
        $contacts[1].AvailableStartTime | Should -Be '08:00'
        $contacts[0] | Should -BeOfType ([SpectrumTicketing.Requests.NewTicketContact])
    }

    It 'rejects an unknown contact type' {
        { New-SpectrumTicketContact -Type 'Manager' -FirstName 'A' -LastName 'B' -PhoneNumber '1' -Email 'a@b.c' } |
            Should -Throw -ErrorId 'ParameterArgumentValidationError,SpectrumTicketing.PowerShell.Commands.NewSpectrumTicketContactCommand'
    }
}

Describe 'New-SpectrumTicket duplicate guard' {
    BeforeEach {
        Reset-Simulator -Simulator $script:Simulator
    }

    It 'creates exactly one ticket when the connection drops after the create' {
        Add-SimulatorFault -Simulator $script:Simulator -Route 'POST /tickets' -Kind 'drop'
        $parameters = New-ValidTicketParameters

        $receipt = New-SpectrumTicket @parameters -CustomerTicketId 'DROP-1' -WarningVariable warnings -WarningAction SilentlyContinue

        $receipt.Recovered | Should -BeTrue
        $receipt.SpectrumTicketNumber | Should -Match '^ECT-\d+$'
        (Get-SimulatorCounter -Simulator $script:Simulator).ticketsCreated.'DROP-1' | Should -Be 1
        Get-RequestCount -Simulator $script:Simulator -Route 'POST /tickets' | Should -Be 1
        ($warnings.Message -join ' ') | Should -BeLike '*may still have created it*no response arrived*was not sent again*'
    }

    It 'creates exactly one ticket when the response body is cut short' {
        Add-SimulatorFault -Simulator $script:Simulator -Route 'POST /tickets' -Kind 'truncated'
        $parameters = New-ValidTicketParameters

        $receipt = New-SpectrumTicket @parameters -CustomerTicketId 'CUT-1' -WarningAction SilentlyContinue

        $receipt.Recovered | Should -BeTrue
        (Get-SimulatorCounter -Simulator $script:Simulator).ticketsCreated.'CUT-1' | Should -Be 1
    }

    It 'checks, then sends again after a 502 that created nothing' {
        Add-SimulatorFault -Simulator $script:Simulator -Route 'POST /tickets' -Kind 'status' -Status 502
        $parameters = New-ValidTicketParameters

        $receipt = New-SpectrumTicket @parameters -CustomerTicketId 'BAD-GW-1' -WarningAction SilentlyContinue

        $receipt.Recovered | Should -BeFalse
        (Get-SimulatorCounter -Simulator $script:Simulator).ticketsCreated.'BAD-GW-1' | Should -Be 1
        Get-RequestCount -Simulator $script:Simulator -Route 'POST /tickets' | Should -Be 2
        Get-RequestCount -Simulator $script:Simulator -Route 'GET /tickets' | Should -BeGreaterThan 0
    }

    It 'retries a 503 with Retry-After and a 429 without a lookup' {
        Add-SimulatorFault -Simulator $script:Simulator -Route 'POST /tickets' -Kind 'status' -Status 503 -RetryAfterSeconds 1
        Add-SimulatorFault -Simulator $script:Simulator -Route 'POST /tickets' -Kind 'status' -Status 429 -RetryAfterSeconds 1
        $parameters = New-ValidTicketParameters

        $receipt = New-SpectrumTicket @parameters -CustomerTicketId 'BUSY-1'

        $receipt.Recovered | Should -BeFalse
        (Get-SimulatorCounter -Simulator $script:Simulator).ticketsCreated.'BUSY-1' | Should -Be 1
        Get-RequestCount -Simulator $script:Simulator -Route 'POST /tickets' | Should -Be 3
        Get-RequestCount -Simulator $script:Simulator -Route 'GET /tickets' | Should -Be 0
    }

    It 'reports an unknown outcome and sends nothing more when the check fails too' {
        Add-SimulatorFault -Simulator $script:Simulator -Route 'POST /tickets' -Kind 'drop'
        Add-SimulatorFault -Simulator $script:Simulator -Route 'GET /tickets' -Kind 'status' -Status 500 -Count 10
        $parameters = New-ValidTicketParameters

        New-SpectrumTicket @parameters -CustomerTicketId 'LOST-1' -ErrorVariable failures -ErrorAction SilentlyContinue -WarningAction SilentlyContinue

        $failures[0].FullyQualifiedErrorId | Should -Be 'WriteOutcomeUnknown,SpectrumTicketing.PowerShell.Commands.NewSpectrumTicketCommand'
        $failures[0].TargetObject | Should -Be 'LOST-1'
        $failures[0].Exception.Message | Should -BeLike "*'LOST-1'*Get-SpectrumTicket*"
        Get-RequestCount -Simulator $script:Simulator -Route 'POST /tickets' | Should -Be 1
    }
}
