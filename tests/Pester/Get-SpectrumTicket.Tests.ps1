BeforeAll {
    . (Join-Path $PSScriptRoot 'Common.ps1')
    $script:Simulator = Start-SpectrumSimulator
    $script:Organizations = @{}
    foreach ($count in 0, 25, 26, 93) {
        $script:Organizations[$count] = New-TestOrganization -Simulator $script:Simulator -TicketCount $count -Seed $count
    }
}

AfterAll {
    Disconnect-SpectrumTicketing -ErrorAction SilentlyContinue
    Stop-SpectrumSimulator -Simulator $script:Simulator
}

Describe 'Get-SpectrumTicket list' {
    BeforeEach {
        Reset-Simulator -Simulator $script:Simulator
    }

    It 'returns all <Count> tickets in <Pages> page requests' -TestCases @(
        @{ Count = 0; Pages = 1 }
        @{ Count = 25; Pages = 1 }
        @{ Count = 26; Pages = 2 }
        @{ Count = 93; Pages = 4 }
    ) {
        Connect-TestOrganization -Simulator $script:Simulator -Credential $script:Organizations[$Count] | Out-Null
        Reset-Simulator -Simulator $script:Simulator

        $tickets = @(Get-SpectrumTicket)

        $tickets.Count | Should -Be $Count
        @($tickets | ForEach-Object TicketId | Sort-Object -Unique).Count | Should -Be $Count
        Get-RequestCount -Simulator $script:Simulator -Route 'GET /tickets' | Should -Be $Pages
    }

    It 'stops fetching pages once -First is satisfied' {
        Connect-TestOrganization -Simulator $script:Simulator -Credential $script:Organizations[93] | Out-Null
        Reset-Simulator -Simulator $script:Simulator

        $tickets = @(Get-SpectrumTicket -First 30)

        $tickets.Count | Should -Be 30
        Get-RequestCount -Simulator $script:Simulator -Route 'GET /tickets' | Should -Be 2
    }

    It 'stops fetching when a downstream Select-Object has enough' {
        Connect-TestOrganization -Simulator $script:Simulator -Credential $script:Organizations[93] | Out-Null
        Reset-Simulator -Simulator $script:Simulator

        $tickets = @(Get-SpectrumTicket | Select-Object -First 3)

        $tickets.Count | Should -Be 3
        Get-RequestCount -Simulator $script:Simulator -Route 'GET /tickets' | Should -Be 1
    }

    It 'skips to the right page with -Skip' {
        Connect-TestOrganization -Simulator $script:Simulator -Credential $script:Organizations[93] | Out-Null
        $all = @(Get-SpectrumTicket)
        Reset-Simulator -Simulator $script:Simulator

        $tickets = @(Get-SpectrumTicket -Skip 55 -First 10)

        $tickets.TicketId | Should -Be $all[55..64].TicketId
        Get-RequestCount -Simulator $script:Simulator -Route 'GET /tickets' | Should -Be 1
    }

    It 'writes the total count first with -IncludeTotalCount' {
        Connect-TestOrganization -Simulator $script:Simulator -Credential $script:Organizations[93] | Out-Null

        $output = @(Get-SpectrumTicket -IncludeTotalCount -First 2)

        $output.Count | Should -Be 3
        $output[0].PSObject.BaseObject | Should -Be 93
        $output[1] | Should -BeOfType ([SpectrumTicketing.Models.SpectrumTicket])
    }

    It 'returns only tickets of status <Status>' -TestCases @(
        @{ Status = 'Closed' }
        @{ Status = 'In Progress' }
        @{ Status = 'in progress' }
    ) {
        Connect-TestOrganization -Simulator $script:Simulator -Credential $script:Organizations[93] | Out-Null
        $all = @(Get-SpectrumTicket)

        $tickets = @(Get-SpectrumTicket -Status $Status)

        $tickets.Count | Should -BeGreaterThan 0
        $tickets.Count | Should -Be @($all | Where-Object Status -EQ $Status).Count
        $tickets | ForEach-Object { $_.Status | Should -Be $Status }
    }

    It 'filters on the <Name> date range' -TestCases @(
        @{ Name = 'Opened'; Property = 'CreatedDate' }
        @{ Name = 'Updated'; Property = 'UpdatedDate' }
        @{ Name = 'Resolved'; Property = 'ResolvedDate' }
        @{ Name = 'Closed'; Property = 'ClosedDate' }
    ) {
        Connect-TestOrganization -Simulator $script:Simulator -Credential $script:Organizations[93] | Out-Null
        $all = @(Get-SpectrumTicket)
        $dates = @($all.$Property | Where-Object { $_ } | Sort-Object)
        $after = $dates[[int]($dates.Count / 4)]
        $before = $dates[[int]($dates.Count * 3 / 4)]
        $expected = @($all | Where-Object { $_.$Property -and $_.$Property -ge $after -and $_.$Property -le $before })
        $parameters = @{ "${Name}After" = $after; "${Name}Before" = $before }

        $tickets = @(Get-SpectrumTicket @parameters)

        $tickets.Count | Should -Be $expected.Count
        ($tickets.TicketId | Sort-Object) | Should -Be ($expected.TicketId | Sort-Object)
    }

    It 'sends dates as UTC with milliseconds and Z' {
        Connect-TestOrganization -Simulator $script:Simulator -Credential $script:Organizations[25] | Out-Null
        $local = [DateTime]::SpecifyKind([DateTime]'2026-03-01T10:30:00', 'Local')
        $expected = $local.ToUniversalTime().ToString('yyyy-MM-ddTHH:mm:ss') + '.000Z'

        $verbose = Get-SpectrumTicket -OpenedAfter $local -Verbose 4>&1 | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] }

        ($verbose.Message -join "`n") | Should -BeLike "*openDateStart=$([uri]::EscapeDataString($expected))*"
    }

    It 'rejects a range whose start is after its end before sending anything' {
        Connect-TestOrganization -Simulator $script:Simulator -Credential $script:Organizations[25] | Out-Null
        Reset-Simulator -Simulator $script:Simulator

        $failure = { Get-SpectrumTicket -OpenedAfter '2026-05-01' -OpenedBefore '2026-04-01' } | Should -Throw -PassThru

        $failure.FullyQualifiedErrorId | Should -Be 'InvalidDateRange,SpectrumTicketing.PowerShell.Commands.GetSpectrumTicketCommand'
        $failure.Exception.Message | Should -BeLike '*-OpenedAfter*-OpenedBefore*'
        Get-RequestCount -Simulator $script:Simulator -Route 'GET /tickets' | Should -Be 0
    }

    It 'warns when a filter reaches back past the 12 months of history' {
        Connect-TestOrganization -Simulator $script:Simulator -Credential $script:Organizations[25] | Out-Null
        $old = (Get-Date).AddMonths(-13)

        $tickets = @(Get-SpectrumTicket -OpenedAfter $old -WarningVariable warnings -WarningAction SilentlyContinue)

        $tickets.Count | Should -Be 25
        $warnings.Count | Should -Be 1
        $warnings[0].Message | Should -BeLike "-OpenedAfter '$($old.ToString('yyyy-MM-dd'))' is more than 12 months ago*"
    }

    It 'writes verbose lines with method, path, status, time and transaction id' {
        Connect-TestOrganization -Simulator $script:Simulator -Credential $script:Organizations[25] | Out-Null

        $verbose = Get-SpectrumTicket -Verbose 4>&1 | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] }

        $lines = $verbose.Message
        $lines | Where-Object { $_ -match '^GET /entservices/ticketing-b2b/v1/tickets\?.* returned 200 OK in \d+ ms \(transaction [0-9a-f-]{36}\)$' } |
            Should -Not -BeNullOrEmpty
    }
}

Describe 'Get-SpectrumTicket -Id' {
    BeforeAll {
        Connect-TestOrganization -Simulator $script:Simulator | Out-Null
    }

    BeforeEach {
        Reset-Simulator -Simulator $script:Simulator
    }

    It 'returns the spec example ticket by <Kind> with its notes' -TestCases @(
        @{ Kind = 'id'; Value = 'RSGADGJJIOCU6AS0P48V5J0R1XHZCX' }
        @{ Kind = 'number'; Value = 'ECT-82979269' }
        @{ Kind = 'lower-case number'; Value = 'ect-82979269' }
    ) {
        $ticket = Get-SpectrumTicket -Id $Value

        $ticket.TicketId | Should -Be 'RSGADGJJIOCU6AS0P48V5J0R1XHZCX'
        $ticket.SpectrumTicketNumber | Should -Be 'ECT-82979269'
        $ticket.ImpactedCircuits | Should -Be @('81.L1XX.011988..CHTR')
        $ticket.SiteAddress.ToString() | Should -Be '3918 S KINGS AVE, BRANDON, FL 33511'
        $ticket.Notes.Count | Should -BeGreaterThan 0
        $ticket.Notes[0].Note | Should -BeLike 'Customer Provided CID: 81.L1XX.011988..CHTR*'
        $ticket.CreatedDate.Kind | Should -Be 'Utc'
        $ticket.CustomerTicketNumber | Should -BeNullOrEmpty
    }

    It 'flattens the nested empty service list to nothing' {
        $ticket = Get-SpectrumTicket -Id 'RSGADG2LITIC5ASBZCZMSAYTNXPKZI'

        $ticket.ImpactedServices.Count | Should -Be 0
        $ticket.Contacts[0].Type | Should -Be 'SITE'
    }

    It 'takes ids and numbers from the pipeline' {
        $tickets = @('ECT-82979269', 'RSGADG2LITIC5ASBZCZMSAYTNXPKZI' | Get-SpectrumTicket)

        $tickets.Count | Should -Be 2
        $tickets[1].SpectrumTicketNumber | Should -Be 'ECT-82521505'
    }

    It 'takes tickets from the pipeline by their TicketId' {
        $tickets = @(Get-SpectrumTicket -First 3 | Get-SpectrumTicket)

        $tickets.Count | Should -Be 3
        $tickets | ForEach-Object { $_.Notes | Should -Not -BeNullOrEmpty }
    }

    It 'does not bind a <Kind> as a ticket id' -TestCases @(
        @{ Kind = 'site'; Command = 'Get-SpectrumSite' }
        @{ Kind = 'circuit'; Command = 'Get-SpectrumCircuit' }
    ) {
        $item = & $Command | Select-Object -First 1
        Reset-Simulator -Simulator $script:Simulator

        { $item | Get-SpectrumTicket -ErrorAction Stop } | Should -Throw -ErrorId 'InputObjectNotBound*'

        Get-RequestCount -Simulator $script:Simulator -Route 'GET /tickets/{id}' | Should -Be 0
    }

    It 'applies -Skip and -First to the ids given' {
        $tickets = @(Get-SpectrumTicket -Id 'ECT-82979269', 'ECT-82521505', 'ECT-82521517' -Skip 1 -First 1)

        $tickets.SpectrumTicketNumber | Should -Be @('ECT-82521505')
        Get-RequestCount -Simulator $script:Simulator -Route 'GET /tickets/{id}' | Should -Be 1
    }

    It 'writes a non-terminating error for a missing ticket and returns the others' {
        $tickets = @(Get-SpectrumTicket -Id 'ECT-82979269', 'ECT-99999999', 'ECT-82521505' -ErrorVariable failures -ErrorAction SilentlyContinue)

        $tickets.Count | Should -Be 2
        $failures.Count | Should -Be 1
        $failures[0].FullyQualifiedErrorId | Should -Be 'TicketNotFound,SpectrumTicketing.PowerShell.Commands.GetSpectrumTicketCommand'
        $failures[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        $failures[0].TargetObject | Should -Be 'ECT-99999999'
        $failures[0].Exception.Message | Should -BeLike "Ticket 'ECT-99999999' was not found.*transaction*"
    }

    It 'stops at a missing ticket with -ErrorAction Stop' {
        $failure = { Get-SpectrumTicket -Id 'ECT-99999999', 'ECT-82979269' -ErrorAction Stop } | Should -Throw -PassThru

        $failure.FullyQualifiedErrorId | Should -Be 'TicketNotFound,SpectrumTicketing.PowerShell.Commands.GetSpectrumTicketCommand'
    }

    It 'reports permission denied for a ticket of another organisation' {
        $otherConnection = Connect-TestOrganization -Simulator $script:Simulator -Credential (New-TestCredential -ClientId 'other-client' -Secret 'other-secret')
        $foreign = Get-SpectrumTicket -First 1 -Connection $otherConnection
        Connect-TestOrganization -Simulator $script:Simulator | Out-Null

        Get-SpectrumTicket -Id $foreign.TicketId -ErrorVariable failures -ErrorAction SilentlyContinue

        $failures[0].FullyQualifiedErrorId | Should -Be 'PermissionDenied,SpectrumTicketing.PowerShell.Commands.GetSpectrumTicketCommand'
        $failures[0].TargetObject | Should -Be $foreign.TicketId
        $failures[0].Exception.Message | Should -BeLike '*another organisation*'
    }

    It 'rejects a value that cannot be a ticket id before sending anything' {
        $failure = { Get-SpectrumTicket -Id 'ECT 1/../x' } | Should -Throw -PassThru

        $failure.FullyQualifiedErrorId | Should -BeLike 'CannotConvertArgument*,SpectrumTicketing.PowerShell.Commands.GetSpectrumTicketCommand'
        $failure.Exception.Message | Should -BeLike "*'ECT 1/../x' is not a ticket id or number*"

        Get-RequestCount -Simulator $script:Simulator -Route 'GET /tickets/{id}' | Should -Be 0
    }
}

Describe 'Get-SpectrumTicket | Export-Csv' {
    BeforeAll {
        Connect-TestOrganization -Simulator $script:Simulator | Out-Null
        $script:CsvPath = Join-Path $TestDrive 'tickets.csv'
        Get-SpectrumTicket | Export-Csv -LiteralPath $script:CsvPath -NoTypeInformation
        $script:Rows = @(Import-Csv -LiteralPath $script:CsvPath)
        $script:Text = Get-Content -LiteralPath $script:CsvPath -Raw
    }

    It 'writes one row per ticket' {
        $script:Rows.Count | Should -Be @(Get-SpectrumTicket).Count
    }

    It 'writes no .NET type names into any cell' {
        $script:Text | Should -Not -Match 'System\.(String|Object|Collections)'
        $script:Text | Should -Not -Match 'SpectrumTicketing\.Models'
    }

    It 'joins lists and formats the site address readably' {
        $row = $script:Rows | Where-Object SpectrumTicketNumber -EQ 'ECT-82979269'

        $row.ImpactedCircuits | Should -Be '81.L1XX.011988..CHTR'
        $row.SiteAddress | Should -Be '3918 S KINGS AVE, BRANDON, FL 33511'
        $row.Contacts | Should -BeLike 'JOHN DOE (SITE, 1231231234, *)'
    }
}
