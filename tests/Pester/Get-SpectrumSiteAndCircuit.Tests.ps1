BeforeAll {
    . (Join-Path $PSScriptRoot 'Common.ps1')
    $script:Simulator = Start-SpectrumSimulator
    Connect-TestOrganization -Simulator $script:Simulator | Out-Null
}

AfterAll {
    Disconnect-SpectrumTicketing -ErrorAction SilentlyContinue
    Stop-SpectrumSimulator -Simulator $script:Simulator
}

Describe 'Get-SpectrumSite' {
    It 'returns the spec example sites with their GUIDs' {
        $sites = @(Get-SpectrumSite)

        $brandon = $sites | Where-Object SiteGuid -EQ 'CSGADGH1JT34HARQG9QLRPGM361HU8'
        $brandon.AddressLine1 | Should -Be '3918 S KINGS AVE'
        $brandon.City | Should -Be 'BRANDON'
        $brandon.State | Should -Be 'FL'
        $brandon.ZipCode | Should -Be '33511'
        $brandon.CxId | Should -Be '2A8C9B32-D557-4170-ABC1-CDA9CE30D621'
        $brandon | Should -BeOfType ([SpectrumTicketing.Models.SpectrumSite])
    }

    It 'writes a warning and nothing else when the API answers 204' {
        Add-SimulatorFault -Simulator $script:Simulator -Route 'GET /sites' -Kind 'status' -Status 204

        $sites = @(Get-SpectrumSite -WarningVariable warnings -WarningAction SilentlyContinue)

        $sites.Count | Should -Be 0
        $warnings.Count | Should -Be 1
        $warnings[0].Message | Should -BeLike '*DL-Ent-Spectrum-API-Support@charter.com*transaction*'
    }
}

Describe 'Get-SpectrumCircuit' {
    It 'returns every circuit of the organisation' {
        $circuits = @(Get-SpectrumCircuit)

        $circuits.CircuitId | Should -Contain '51.L1XX.010501..TWCC'
        ($circuits | Where-Object CircuitId -EQ '51.L1XX.010501..TWCC').City | Should -Be 'AUSTIN'
    }

    It 'returns the circuits named by -CircuitId' {
        $circuits = @(Get-SpectrumCircuit -CircuitId '94.L1XX.001462..CHTR', '51.L1XX.010501..TWCC')

        $circuits.CircuitId | Should -Be @('94.L1XX.001462..CHTR', '51.L1XX.010501..TWCC')
        $circuits[0].StreetAddress1 | Should -Be '6399 S FIDDLERS GREEN CIR'
    }

    It 'takes circuit ids by property name, including a ticket''s impacted circuits' {
        $fromObjects = @([pscustomobject]@{ CircuitId = '51.L1XX.010501..TWCC' } | Get-SpectrumCircuit)
        $ticket = Get-SpectrumTicket -Id 'ECT-82979269'
        $fromTicket = @($ticket | Get-SpectrumCircuit -ErrorAction SilentlyContinue -ErrorVariable failures)

        $fromObjects.CircuitId | Should -Be '51.L1XX.010501..TWCC'
        ($fromTicket.Count + $failures.Count) | Should -Be $ticket.ImpactedCircuits.Count
    }

    It 'skips a piped ticket without impacted circuits' {
        $ticket = Get-SpectrumTicket -Id 'RSGADG2LITIC5ASBZCZMSAYTNXPKZI'

        $circuits = @($ticket | Get-SpectrumCircuit -ErrorVariable failures)

        $ticket.ImpactedCircuits.Count | Should -Be 0
        $circuits.Count | Should -Be 0
        $failures.Count | Should -Be 0
    }

    It 'writes a CircuitNotFound error for an unknown id and goes on' {
        $circuits = @(Get-SpectrumCircuit -CircuitId '99.A9AA.A123456.AA.AAAA', '51.L1XX.010501..TWCC' -ErrorVariable failures -ErrorAction SilentlyContinue)

        $circuits.Count | Should -Be 1
        $failures[0].FullyQualifiedErrorId | Should -Be 'CircuitNotFound,SpectrumTicketing.PowerShell.Commands.GetSpectrumCircuitCommand'
        $failures[0].TargetObject | Should -Be '99.A9AA.A123456.AA.AAAA'
    }
}
