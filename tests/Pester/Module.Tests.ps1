BeforeAll {
    $script:ManifestPath = Join-Path $PSScriptRoot '../../out/SpectrumTicketing/SpectrumTicketing.psd1'
    $script:Manifest = Import-PowerShellDataFile -LiteralPath $script:ManifestPath
    Import-Module $script:ManifestPath -Force
}

Describe 'Module manifest' {
    It 'passes Test-ModuleManifest' {
        { Test-ModuleManifest -Path $script:ManifestPath -ErrorAction Stop } | Should -Not -Throw
    }

    It 'lists every cmdlet explicitly, without wildcards' {
        $script:Manifest.CmdletsToExport | Should -Not -Contain '*'
        ($script:Manifest.CmdletsToExport | Sort-Object) | Should -Be ((Get-Command -Module SpectrumTicketing).Name | Sort-Object)
        $script:Manifest.FunctionsToExport.Count | Should -Be 0
        $script:Manifest.AliasesToExport.Count | Should -Be 0
        $script:Manifest.VariablesToExport.Count | Should -Be 0
    }

    It 'declares Windows PowerShell 5.1 and PowerShell 7 support' {
        $script:Manifest.CompatiblePSEditions | Should -Be @('Desktop', 'Core')
        $script:Manifest.PowerShellVersion | Should -Be '5.1'
    }

    It 'ships the format file and the help beside the manifest' {
        $folder = Split-Path -Parent $script:ManifestPath
        Test-Path -LiteralPath (Join-Path $folder 'SpectrumTicketing.format.ps1xml') | Should -BeTrue
        Test-Path -LiteralPath (Join-Path $folder 'en-US/SpectrumTicketing.PowerShell.dll-Help.xml') | Should -BeTrue
    }
}

Describe 'Cmdlet signatures' {
    It '<Command> has parameter <Parameter>' -TestCases @(
        @{ Command = 'Connect-SpectrumTicketing'; Parameter = 'Credential'; Type = 'pscredential' }
        @{ Command = 'Connect-SpectrumTicketing'; Parameter = 'ClientId'; Type = 'string' }
        @{ Command = 'Connect-SpectrumTicketing'; Parameter = 'ClientSecret'; Type = 'securestring' }
        @{ Command = 'Connect-SpectrumTicketing'; Parameter = 'BaseUri'; Type = 'uri' }
        @{ Command = 'Connect-SpectrumTicketing'; Parameter = 'SubmitterId'; Type = 'string' }
        @{ Command = 'Connect-SpectrumTicketing'; Parameter = 'AuthenticationMethod'; Type = 'SpectrumTicketing.AuthenticationMethod' }
        @{ Command = 'Connect-SpectrumTicketing'; Parameter = 'PassThru'; Type = 'switch' }
        @{ Command = 'Get-SpectrumTicket'; Parameter = 'Id'; Type = 'SpectrumTicketing.PowerShell.TicketIdentity[]' }
        @{ Command = 'Get-SpectrumTicket'; Parameter = 'Status'; Type = 'string' }
        @{ Command = 'Get-SpectrumTicket'; Parameter = 'OpenedAfter'; Type = 'Nullable[datetime]' }
        @{ Command = 'Get-SpectrumTicket'; Parameter = 'ClosedBefore'; Type = 'Nullable[datetime]' }
        @{ Command = 'Get-SpectrumTicket'; Parameter = 'First'; Type = 'uint64' }
        @{ Command = 'Get-SpectrumTicket'; Parameter = 'Connection'; Type = 'SpectrumTicketing.PowerShell.SpectrumConnection' }
        @{ Command = 'Get-SpectrumCircuit'; Parameter = 'CircuitId'; Type = 'string[]' }
        @{ Command = 'New-SpectrumTicket'; Parameter = 'CircuitId'; Type = 'string[]' }
        @{ Command = 'New-SpectrumTicket'; Parameter = 'Contact'; Type = 'SpectrumTicketing.Requests.NewTicketContact[]' }
        @{ Command = 'New-SpectrumTicket'; Parameter = 'BuildingPower'; Type = 'Nullable[bool]' }
        @{ Command = 'New-SpectrumTicket'; Parameter = 'WhatIf'; Type = 'switch' }
        @{ Command = 'Add-SpectrumTicketNote'; Parameter = 'Ticket'; Type = 'SpectrumTicketing.PowerShell.TicketIdentity' }
        @{ Command = 'Add-SpectrumTicketAttachment'; Parameter = 'LiteralPath'; Type = 'string[]' }
        @{ Command = 'Request-SpectrumTicketClosure'; Parameter = 'Reason'; Type = 'string' }
    ) {
        Get-Command $Command | Should -HaveParameter $Parameter -Type $Type
    }

    It 'binds a ticket''s TicketId into <Command> by property name' -TestCases @(
        @{ Command = 'Get-SpectrumTicket'; Parameter = 'Id' }
        @{ Command = 'Add-SpectrumTicketNote'; Parameter = 'Ticket' }
        @{ Command = 'Add-SpectrumTicketAttachment'; Parameter = 'Ticket' }
        @{ Command = 'Request-SpectrumTicketClosure'; Parameter = 'Ticket' }
    ) {
        $parameter = (Get-Command $Command).Parameters[$Parameter]

        $parameter.Aliases | Should -Contain 'TicketId'
        ($parameter.ParameterSets.Values.ValueFromPipelineByPropertyName -contains $true) | Should -BeTrue
    }
}
