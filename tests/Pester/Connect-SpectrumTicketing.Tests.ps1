BeforeAll {
    . (Join-Path $PSScriptRoot 'Common.ps1')
    $script:Simulator = Start-SpectrumSimulator
    $script:DemoCredential = New-TestCredential -ClientId 'demo-client' -Secret 'demo-secret'
}

AfterAll {
    Disconnect-SpectrumTicketing -ErrorAction SilentlyContinue
    Stop-SpectrumSimulator -Simulator $script:Simulator
}

Describe 'Connect-SpectrumTicketing' {
    BeforeEach {
        Reset-Simulator -Simulator $script:Simulator
        Disconnect-SpectrumTicketing
    }

    It 'connects with a PSCredential and requests one token' {
        $connection = Connect-SpectrumTicketing -BaseUri $script:Simulator.BaseUri -Credential $script:DemoCredential -PassThru

        $connection.ClientId | Should -Be 'demo-client'
        $connection.BaseUri.AbsoluteUri | Should -Be ($script:Simulator.BaseUri.TrimEnd('/') + '/')
        $connection.TokenExpiresOn | Should -BeGreaterThan ([DateTime]::UtcNow.AddMinutes(50))
        $connection.TokenExpiresOn.Kind | Should -Be 'Utc'
        (Get-SimulatorCounter -Simulator $script:Simulator).tokenRequests | Should -Be 1
    }

    It 'connects with -ClientId and -ClientSecret' {
        $secret = ConvertTo-SecureString -String 'demo-secret' -AsPlainText -Force

        $connection = Connect-SpectrumTicketing -BaseUri $script:Simulator.BaseUri -ClientId 'demo-client' -ClientSecret $secret -PassThru

        $connection.ClientId | Should -Be 'demo-client'
    }

    It 'connects with the <Method> token request form' -TestCases @(
        @{ Method = 'FormBody' }
        @{ Method = 'Basic' }
    ) {
        $connection = Connect-SpectrumTicketing -BaseUri $script:Simulator.BaseUri -Credential $script:DemoCredential `
            -AuthenticationMethod $Method -PassThru

        $connection.AuthenticationMethod | Should -Be $Method
        @(Get-SpectrumSite).Count | Should -BeGreaterThan 0
    }

    It 'reads the credentials from environment variables when none are given' {
        $env:SPECTRUM_CLIENT_ID = 'demo-client'
        $env:SPECTRUM_CLIENT_SECRET = 'demo-secret'
        try {
            Connect-SpectrumTicketing -BaseUri $script:Simulator.BaseUri

            (Get-SpectrumTicketingConnection).ClientId | Should -Be 'demo-client'
        }
        finally {
            Remove-Item Env:SPECTRUM_CLIENT_ID, Env:SPECTRUM_CLIENT_SECRET -ErrorAction SilentlyContinue
        }
    }

    It 'names both variables when no credentials are given at all' {
        Remove-Item Env:SPECTRUM_CLIENT_ID, Env:SPECTRUM_CLIENT_SECRET -ErrorAction SilentlyContinue

        $failure = { Connect-SpectrumTicketing -BaseUri $script:Simulator.BaseUri } | Should -Throw -PassThru

        $failure.FullyQualifiedErrorId | Should -Be 'MissingCredential,SpectrumTicketing.PowerShell.Commands.ConnectSpectrumTicketingCommand'
        $failure.Exception.Message | Should -BeLike '*SPECTRUM_CLIENT_ID*SPECTRUM_CLIENT_SECRET*'
        (Get-SimulatorCounter -Simulator $script:Simulator).tokenRequests | Should -Be 0
    }

    It 'fails at connect with the API message for a wrong secret' {
        $wrong = New-TestCredential -ClientId 'demo-client' -Secret 'not-the-secret'

        $failure = { Connect-SpectrumTicketing -BaseUri $script:Simulator.BaseUri -Credential $wrong } | Should -Throw -PassThru

        $failure.FullyQualifiedErrorId | Should -Be 'AuthenticationFailed,SpectrumTicketing.PowerShell.Commands.ConnectSpectrumTicketingCommand'
        $failure.CategoryInfo.Category | Should -Be 'AuthenticationError'
        $failure.TargetObject | Should -Be 'demo-client'
        $failure.Exception.Message | Should -BeLike "*client id 'demo-client'*secret is wrong*not authorized*"
        $failure.Exception.Message | Should -Match 'transaction [0-9a-f-]{36}'
        Get-SpectrumTicketingConnection | Should -BeNullOrEmpty
    }

    It 'rejects plain http to a non-loopback host before sending anything' {
        # The address is never contacted: the check runs before any request is built.
        $failure = { Connect-SpectrumTicketing -BaseUri 'http://ticketing.invalid' -Credential $script:DemoCredential } |
            Should -Throw -PassThru

        $failure.FullyQualifiedErrorId | Should -Be 'InvalidBaseUri,SpectrumTicketing.PowerShell.Commands.ConnectSpectrumTicketingCommand'
        $failure.Exception.Message | Should -BeLike "*'http://ticketing.invalid/'*https*"
    }

    It 'says -BaseUri must be the gateway root when it carries the API path' {
        $baseUri = $script:Simulator.BaseUri.TrimEnd('/') + '/entservices/ticketing-b2b/v1'

        $failure = { Connect-SpectrumTicketing -BaseUri $baseUri -Credential $script:DemoCredential } | Should -Throw -PassThru

        $failure.FullyQualifiedErrorId | Should -Be 'PermissionDenied,SpectrumTicketing.PowerShell.Commands.ConnectSpectrumTicketingCommand'
        $failure.Exception.Message | Should -BeLike '*is not the gateway root*without a path*'
    }

    It 'defaults to the production gateway without connecting to it' {
        $command = [SpectrumTicketing.PowerShell.Commands.ConnectSpectrumTicketingCommand]::new()

        $command.BaseUri.AbsoluteUri | Should -Be 'https://apis.spectrum.net/'
    }

    It 'never shows the secret or the token on the connection object' {
        $connection = Connect-SpectrumTicketing -BaseUri $script:Simulator.BaseUri -Credential $script:DemoCredential -PassThru

        $names = $connection.PSObject.Properties.Name
        $names | Should -Not -Contain 'ClientSecret'
        $names | Should -Not -Contain 'AccessToken'
        ($connection | Format-List * | Out-String) | Should -Not -BeLike '*demo-secret*'
    }
}

Describe 'Token cache' {
    BeforeEach {
        Reset-Simulator -Simulator $script:Simulator
        Invoke-SimulatorAdmin -Simulator $script:Simulator -Method POST -Path 'settings' -Body @{ tokenLifetimeSeconds = 3600 } | Out-Null
        Connect-TestOrganization -Simulator $script:Simulator | Out-Null
    }

    It 'uses one token for many cmdlet calls' {
        1..5 | ForEach-Object {
            Get-SpectrumSite | Out-Null
            Get-SpectrumCircuit | Out-Null
            Get-SpectrumTicket -First 3 | Out-Null
        }

        (Get-SimulatorCounter -Simulator $script:Simulator).tokenRequests | Should -Be 1
    }

    It 'renews an expired token and repeats the request once' {
        Invoke-SimulatorAdmin -Simulator $script:Simulator -Method POST -Path 'tokens/expire' | Out-Null

        $sites = @(Get-SpectrumSite)

        $sites.Count | Should -BeGreaterThan 0
        $counters = Get-SimulatorCounter -Simulator $script:Simulator
        $counters.tokenRequests | Should -Be 2
        $counters.requests.'GET /sites' | Should -Be 2
    }

    It 'renews a token shortly before it expires instead of sending it' {
        Invoke-SimulatorAdmin -Simulator $script:Simulator -Method POST -Path 'settings' -Body @{ tokenLifetimeSeconds = 2 } | Out-Null
        Connect-TestOrganization -Simulator $script:Simulator | Out-Null
        Reset-Simulator -Simulator $script:Simulator
        Start-Sleep -Milliseconds 2100

        Get-SpectrumSite | Out-Null

        $counters = Get-SimulatorCounter -Simulator $script:Simulator
        $counters.tokenRequests | Should -Be 1
        $counters.requests.'GET /sites' | Should -Be 1
    }

    It 'renews once when parallel runspaces share an expired token' {
        Invoke-SimulatorAdmin -Simulator $script:Simulator -Method POST -Path 'tokens/expire' | Out-Null
        Reset-Simulator -Simulator $script:Simulator
        $manifest = $script:ModuleManifest

        $counts = 1..8 | ForEach-Object -ThrottleLimit 8 -Parallel {
            Import-Module $using:manifest
            @(Get-SpectrumSite).Count
        }

        $counts.Count | Should -Be 8
        $counts | ForEach-Object { $_ | Should -BeGreaterThan 0 }
        (Get-SimulatorCounter -Simulator $script:Simulator).tokenRequests | Should -Be 1
    }
}

Describe 'Connections' {
    BeforeEach {
        Reset-Simulator -Simulator $script:Simulator
    }

    It 'keeps two connections apart with -Connection' {
        $demo = Connect-TestOrganization -Simulator $script:Simulator
        $other = Connect-TestOrganization -Simulator $script:Simulator -Credential (New-TestCredential -ClientId 'other-client' -Secret 'other-secret')

        $demoSites = @(Get-SpectrumSite -Connection $demo)
        $otherSites = @(Get-SpectrumSite -Connection $other)

        $demoSites[0].CxId | Should -Not -Be $otherSites[0].CxId
        (Get-SpectrumTicketingConnection).ClientId | Should -Be 'other-client'
    }

    It 'forgets the connection on Disconnect-SpectrumTicketing' {
        $connection = Connect-TestOrganization -Simulator $script:Simulator

        Disconnect-SpectrumTicketing

        Get-SpectrumTicketingConnection | Should -BeNullOrEmpty
        $connection.IsClosed | Should -BeTrue
        $connection.TokenExpiresOn | Should -BeNullOrEmpty
        $failure = { Get-SpectrumSite } | Should -Throw -PassThru
        $failure.FullyQualifiedErrorId | Should -Be 'NotConnected,SpectrumTicketing.PowerShell.Commands.GetSpectrumSiteCommand'
        $failure = { Get-SpectrumSite -Connection $connection } | Should -Throw -PassThru
        $failure.FullyQualifiedErrorId | Should -Be 'NotConnected,SpectrumTicketing.PowerShell.Commands.GetSpectrumSiteCommand'
    }

    It 'fails with NotConnected before sending anything when never connected' {
        Disconnect-SpectrumTicketing

        $failure = { Get-SpectrumTicket } | Should -Throw -PassThru

        $failure.FullyQualifiedErrorId | Should -Be 'NotConnected,SpectrumTicketing.PowerShell.Commands.GetSpectrumTicketCommand'
        $failure.Exception.Message | Should -BeLike '*Connect-SpectrumTicketing*'
        (Get-SimulatorCounter -Simulator $script:Simulator).requests.'GET /tickets' | Should -Be 0
    }
}
