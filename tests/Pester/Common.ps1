# Shared set-up of the Pester suites: imports the built module and the simulator harness, and creates
# organisations with exactly the data a test needs. Dot-source it in BeforeAll.

$script:RepositoryRoot = (Resolve-Path (Join-Path $PSScriptRoot '../..')).Path
$script:ModuleManifest = Join-Path $script:RepositoryRoot 'out/SpectrumTicketing/SpectrumTicketing.psd1'

Import-Module $script:ModuleManifest -Force
Import-Module (Join-Path $script:RepositoryRoot 'tools/SimulatorHarness.psm1') -Force

function New-TestCredential {
    param([string] $ClientId, [string] $Secret)
    [pscredential]::new($ClientId, (ConvertTo-SecureString -String $Secret -AsPlainText -Force))
}

function New-TestOrganization {
    <# Creates an organisation with exactly TicketCount tickets and returns its credential. #>
    param(
        [Parameter(Mandatory)] [psobject] $Simulator,
        [int] $TicketCount = 10,
        [int] $Seed = 1
    )

    $clientId = 'org-' + [guid]::NewGuid().ToString('N').Substring(0, 12)
    $secret = 'secret-' + [guid]::NewGuid().ToString('N')
    $body = @{ clientId = $clientId; clientSecret = $secret; ticketCount = $TicketCount; seed = $Seed; siteCount = 3; circuitCount = 6 }
    Invoke-SimulatorAdmin -Simulator $Simulator -Method POST -Path 'organizations' -Body $body | Out-Null
    New-TestCredential -ClientId $clientId -Secret $secret
}

function Connect-TestOrganization {
    <# Connects to the simulator with the given credential (the demo organisation by default). #>
    param(
        [Parameter(Mandatory)] [psobject] $Simulator,
        [pscredential] $Credential = (New-TestCredential -ClientId 'demo-client' -Secret 'demo-secret'),
        [int] $MaximumRetryCount = 2,
        [string] $SubmitterId = 'noc@example.com'
    )

    Connect-SpectrumTicketing -BaseUri $Simulator.BaseUri -Credential $Credential -SubmitterId $SubmitterId `
        -MaximumRetryCount $MaximumRetryCount -PassThru
}

function Reset-Simulator {
    param([Parameter(Mandatory)] [psobject] $Simulator)
    Invoke-SimulatorAdmin -Simulator $Simulator -Method POST -Path 'reset' | Out-Null
}

function Get-RequestCount {
    <# Returns how many requests the simulator counted for a route key such as 'GET /tickets'. #>
    param([Parameter(Mandatory)] [psobject] $Simulator, [Parameter(Mandatory)] [string] $Route)
    (Get-SimulatorCounter -Simulator $Simulator).requests.$Route
}

function Add-SimulatorFault {
    param(
        [Parameter(Mandatory)] [psobject] $Simulator,
        [Parameter(Mandatory)] [string] $Route,
        [Parameter(Mandatory)] [string] $Kind,
        [int] $Status,
        [int] $Count = 1,
        [int] $RetryAfterSeconds,
        [int] $DelayMs
    )

    $body = @{ route = $Route; kind = $Kind; count = $Count }
    if ($PSBoundParameters.ContainsKey('Status')) { $body.status = $Status }
    if ($PSBoundParameters.ContainsKey('RetryAfterSeconds')) { $body.retryAfterSeconds = $RetryAfterSeconds }
    if ($PSBoundParameters.ContainsKey('DelayMs')) { $body.delayMs = $DelayMs }
    Invoke-SimulatorAdmin -Simulator $Simulator -Method POST -Path 'faults' -Body $body | Out-Null
}
