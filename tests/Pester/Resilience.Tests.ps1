BeforeAll {
    . (Join-Path $PSScriptRoot 'Common.ps1')
    $script:Simulator = Start-SpectrumSimulator
    $script:Secret = 'demo-secret'
}

AfterAll {
    Disconnect-SpectrumTicketing -ErrorAction SilentlyContinue
    Stop-SpectrumSimulator -Simulator $script:Simulator
}

Describe 'Retries of reads' {
    BeforeEach {
        Reset-Simulator -Simulator $script:Simulator
        Connect-TestOrganization -Simulator $script:Simulator -MaximumRetryCount 3 | Out-Null
    }

    It 'retries <Status> and succeeds' -TestCases @(
        @{ Status = 500 }
        @{ Status = 502 }
        @{ Status = 503 }
        @{ Status = 504 }
        @{ Status = 408 }
    ) {
        Add-SimulatorFault -Simulator $script:Simulator -Route 'GET /sites' -Kind 'status' -Status $Status -Count 2

        $sites = @(Get-SpectrumSite)

        $sites.Count | Should -BeGreaterThan 0
        Get-RequestCount -Simulator $script:Simulator -Route 'GET /sites' | Should -Be 3
    }

    It 'waits as long as Retry-After says on 429' {
        Add-SimulatorFault -Simulator $script:Simulator -Route 'GET /circuits' -Kind 'status' -Status 429 -RetryAfterSeconds 2

        $output = Get-SpectrumCircuit -Verbose 4>&1
        $retryLine = $output | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] -and $_.Message -like 'Retrying*' }

        @($output | Where-Object { $_ -is [SpectrumTicketing.Models.SpectrumCircuit] }).Count | Should -BeGreaterThan 0
        $retryLine.Message | Should -BeLike 'Retrying GET /entservices/ticketing-b2b/v1/circuits in 2.0 s after 429*'
    }

    It 'retries a dropped connection and an HTML error page' {
        Add-SimulatorFault -Simulator $script:Simulator -Route 'GET /tickets' -Kind 'drop'
        Add-SimulatorFault -Simulator $script:Simulator -Route 'GET /tickets' -Kind 'html' -Status 502

        $tickets = @(Get-SpectrumTicket -First 5)

        $tickets.Count | Should -Be 5
        Get-RequestCount -Simulator $script:Simulator -Route 'GET /tickets' | Should -Be 3
    }

    It 'reports a server error with the transaction id when retries run out' {
        Add-SimulatorFault -Simulator $script:Simulator -Route 'GET /sites' -Kind 'status' -Status 500 -Count 10

        $failure = { Get-SpectrumSite } | Should -Throw -PassThru

        $failure.FullyQualifiedErrorId | Should -Be 'ServerError,SpectrumTicketing.PowerShell.Commands.GetSpectrumSiteCommand'
        $failure.Exception.Message | Should -Match 'after 3 retries.*\(transaction [0-9a-f-]{36}\)'
        Get-RequestCount -Simulator $script:Simulator -Route 'GET /sites' | Should -Be 4
    }

    It 'gives up on a slow response after -TimeoutSec' {
        $credential = New-TestCredential -ClientId 'demo-client' -Secret 'demo-secret'
        Connect-SpectrumTicketing -BaseUri $script:Simulator.BaseUri -Credential $credential -TimeoutSec 1 -MaximumRetryCount 0
        Add-SimulatorFault -Simulator $script:Simulator -Route 'GET /sites' -Kind 'latency' -DelayMs 5000

        $failure = { Get-SpectrumSite } | Should -Throw -PassThru

        $failure.FullyQualifiedErrorId | Should -Be 'ConnectionFailed,SpectrumTicketing.PowerShell.Commands.GetSpectrumSiteCommand'
        $failure.Exception.Message | Should -BeLike '*timed out after 1 s*transaction*'
        Get-RequestCount -Simulator $script:Simulator -Route 'GET /sites' | Should -Be 1
    }

    It 'repeats a read once when its body is cut short' {
        Add-SimulatorFault -Simulator $script:Simulator -Route 'GET /circuits' -Kind 'truncated'

        $circuits = @(Get-SpectrumCircuit)

        $circuits.Count | Should -BeGreaterThan 0
        Get-RequestCount -Simulator $script:Simulator -Route 'GET /circuits' | Should -Be 2
    }

    It 'reports a body cut short twice as an invalid response' {
        Add-SimulatorFault -Simulator $script:Simulator -Route 'GET /circuits' -Kind 'truncated' -Count 2

        $failure = { Get-SpectrumCircuit } | Should -Throw -PassThru

        $failure.FullyQualifiedErrorId | Should -Be 'InvalidResponse,SpectrumTicketing.PowerShell.Commands.GetSpectrumCircuitCommand'
        $failure.Exception.Message | Should -Match 'not valid JSON.*transaction'
        Get-RequestCount -Simulator $script:Simulator -Route 'GET /circuits' | Should -Be 2
    }

    It 'reports a rate limit that outlasts the retries' {
        Add-SimulatorFault -Simulator $script:Simulator -Route 'GET /sites' -Kind 'status' -Status 429 -RetryAfterSeconds 0 -Count 10

        $failure = { Get-SpectrumSite } | Should -Throw -PassThru

        $failure.FullyQualifiedErrorId | Should -Be 'RateLimited,SpectrumTicketing.PowerShell.Commands.GetSpectrumSiteCommand'
        $failure.CategoryInfo.Category | Should -Be 'LimitsExceeded'
    }
}

Describe 'Stopping' {
    It 'stops a cmdlet promptly in the middle of a slow request' {
        Reset-Simulator -Simulator $script:Simulator
        Add-SimulatorFault -Simulator $script:Simulator -Route 'GET /sites' -Kind 'latency' -DelayMs 30000
        $shell = [powershell]::Create()
        $null = $shell.AddScript({
                param($Manifest, $BaseUri)
                Import-Module $Manifest
                $credential = [pscredential]::new('demo-client', (ConvertTo-SecureString 'demo-secret' -AsPlainText -Force))
                $connection = Connect-SpectrumTicketing -BaseUri $BaseUri -Credential $credential -PassThru
                Get-SpectrumSite -Connection $connection
            }).AddArgument($script:ModuleManifest).AddArgument($script:Simulator.BaseUri)
        $running = $shell.BeginInvoke()
        $deadline = [DateTime]::UtcNow.AddSeconds(20)
        while ((Get-RequestCount -Simulator $script:Simulator -Route 'GET /sites') -lt 1 -and [DateTime]::UtcNow -lt $deadline) {
            Start-Sleep -Milliseconds 100
        }

        $watch = [System.Diagnostics.Stopwatch]::StartNew()
        $shell.Stop()
        $watch.Stop()

        $running.IsCompleted | Should -BeTrue
        $shell.InvocationStateInfo.State | Should -Be 'Stopped'
        $watch.Elapsed.TotalSeconds | Should -BeLessThan 5
        $shell.Dispose()
    }
}

Describe 'Secrets' {
    It 'never writes the secret or the token to any stream or transcript' {
        Reset-Simulator -Simulator $script:Simulator
        $transcript = Join-Path $TestDrive 'transcript.txt'
        Start-Transcript -LiteralPath $transcript | Out-Null
        try {
            $credential = New-TestCredential -ClientId 'demo-client' -Secret $script:Secret
            $output = & {
                $DebugPreference = 'Continue'
                $VerbosePreference = 'Continue'
                Connect-SpectrumTicketing -BaseUri $script:Simulator.BaseUri -Credential $credential -PassThru
                Invoke-SimulatorAdmin -Simulator $script:Simulator -Method POST -Path 'tokens/expire' | Out-Null
                Get-SpectrumSite
                try {
                    Connect-SpectrumTicketing -BaseUri $script:Simulator.BaseUri -Credential (New-TestCredential 'demo-client' 'wrong')
                }
                catch {
                    $_ | Format-List * -Force
                    $_.Exception | Format-List * -Force
                }
            } *>&1 | Out-String
        }
        finally {
            Stop-Transcript | Out-Null
        }

        $text = $output + (Get-Content -LiteralPath $transcript -Raw)
        $text | Should -BeLike '*Authorization: Bearer `*`*`**'
        $text | Should -BeLike '*body hidden*'
        $text | Should -Not -BeLike "*$($script:Secret)*"
        $text | Should -Not -Match 'access_token"?\s*[:=]\s*"?[A-Za-z0-9]'
    }
}
