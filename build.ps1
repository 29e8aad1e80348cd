#Requires -Version 7.2
<#
.SYNOPSIS
Builds, tests and demonstrates the SpectrumTicketing module.

.DESCRIPTION
Build     writes the ready module to out/SpectrumTicketing and the simulator to out/simulator.
Test      builds, runs the xunit and Pester suites and ends with one line "N passed, N failed".
Demo      builds, starts the simulator, runs examples/MondayMorning.ps1 against it and stops it.
Simulator builds and runs the simulator in the foreground until Ctrl+C.
Benchmark builds and runs benchmarks/Measure-Module.ps1 against the simulator.
Package   builds and publishes the module to a local folder repository in out/repository.

.EXAMPLE
dotnet pwsh ./build.ps1 -Task Test
#>
[CmdletBinding()]
param(
    [ValidateSet('Build', 'Test', 'Demo', 'Simulator', 'Benchmark', 'Package')]
    [string] $Task = 'Build',

    [ValidateSet('Debug', 'Release')]
    [string] $Configuration = 'Release',

    # Port of the simulator for -Task Simulator; 0 picks a free one.
    [ValidateRange(0, 65535)]
    [int] $Port = 5080
)

Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'
$env:NO_COLOR = '1'
$env:DOTNET_CLI_TELEMETRY_OPTOUT = '1'
$env:DOTNET_NOLOGO = '1'

$root = $PSScriptRoot
$out = Join-Path $root 'out'
$moduleOut = Join-Path $out 'SpectrumTicketing'
$simulatorOut = Join-Path $out 'simulator'
$pesterVersion = '6.2.0'

function Invoke-Dotnet {
    param([Parameter(Mandatory)] [string[]] $Arguments)
    & dotnet @Arguments
    if ($LASTEXITCODE -ne 0) {
        throw "dotnet $($Arguments -join ' ') failed with exit code $LASTEXITCODE."
    }
}

function Invoke-Build {
    $publish = Join-Path $out 'publish'
    Remove-Item -LiteralPath $publish, $moduleOut -Recurse -Force -ErrorAction SilentlyContinue
    Invoke-Dotnet 'publish', (Join-Path $root 'src/SpectrumTicketing.PowerShell'), '-c', $Configuration, '-o', $publish, '--nologo', '-v', 'quiet'
    Invoke-Dotnet 'build', (Join-Path $root 'tests/Simulator'), '-c', $Configuration, '-o', $simulatorOut, '--nologo', '-v', 'quiet'

    New-Item -ItemType Directory -Path $moduleOut -Force | Out-Null
    Copy-Item -Path (Join-Path $publish '*.dll') -Destination $moduleOut
    Copy-Item -LiteralPath (Join-Path $root 'SpectrumTicketing.psd1'), (Join-Path $root 'SpectrumTicketing.format.ps1xml') -Destination $moduleOut
    $help = Join-Path $root 'src/SpectrumTicketing.PowerShell/en-US'
    if (Test-Path -LiteralPath $help) {
        Copy-Item -LiteralPath $help -Destination $moduleOut -Recurse
    }

    Write-Host "Module written to $moduleOut"
}

function Get-PesterModulePath {
    Invoke-Dotnet 'restore', (Join-Path $root 'tests/Pester/Pester.Package.csproj'), '--nologo', '-v', 'quiet'
    $packages = (& dotnet nuget locals global-packages --list) -replace '^global-packages:\s*', ''
    $path = Join-Path $packages.Trim() "pester/$pesterVersion/tools/Pester.psd1"
    if (-not (Test-Path -LiteralPath $path)) {
        throw "Pester $pesterVersion was not found at '$path' after the restore."
    }

    $path
}

function Invoke-XunitSuite {
    param([string] $Project)

    $name = Split-Path -Leaf $Project
    $resultsFolder = Join-Path $out "test-results/$name"
    Remove-Item -LiteralPath $resultsFolder -Recurse -Force -ErrorAction SilentlyContinue
    & dotnet test $Project -c $Configuration --nologo --logger 'trx;LogFileName=results.trx' --results-directory $resultsFolder |
        Out-Host
    $trx = Join-Path $resultsFolder 'results.trx'
    if (-not (Test-Path -LiteralPath $trx)) {
        Write-Host "No test results from $name (the build or the test host failed)."
        return [pscustomobject]@{ Passed = 0; Failed = 1 }
    }

    $counters = ([xml](Get-Content -LiteralPath $trx -Raw)).TestRun.ResultSummary.Counters
    [pscustomobject]@{ Passed = [int]$counters.passed; Failed = [int]$counters.failed + [int]$counters.error }
}

function Invoke-Test {
    Invoke-Build
    $results = @(
        Invoke-XunitSuite (Join-Path $root 'tests/Unit')
        Invoke-XunitSuite (Join-Path $root 'tests/Simulator.Tests')
    )

    Import-Module (Get-PesterModulePath) -Force

    # Strict mode is for this script; the test files run in the default mode, as they do when run alone.
    Set-StrictMode -Off
    $configuration = New-PesterConfiguration
    $configuration.Run.Path = Join-Path $root 'tests/Pester'
    $configuration.Run.PassThru = $true
    $configuration.Output.Verbosity = 'Detailed'
    $configuration.TestResult.Enabled = $true
    $configuration.TestResult.OutputPath = Join-Path $out 'test-results/pester.xml'
    $pester = Invoke-Pester -Configuration $configuration
    $pesterFailed = $pester.FailedCount + $pester.FailedBlocksCount + $pester.FailedContainersCount
    $results += [pscustomobject]@{ Passed = $pester.PassedCount; Failed = $pesterFailed }

    $passed = ($results | Measure-Object -Property Passed -Sum).Sum
    $failed = ($results | Measure-Object -Property Failed -Sum).Sum
    Write-Host "$passed passed, $failed failed"
    if ($failed -gt 0 -or $passed -eq 0) {
        exit 1
    }
}

function Invoke-Demo {
    Invoke-Build
    Import-Module (Join-Path $root 'tools/SimulatorHarness.psm1') -Force
    $simulator = Start-SpectrumSimulator -Port 0
    try {
        $demo = Join-Path $root 'examples/MondayMorning.ps1'
        & $demo -BaseUri $simulator.BaseUri -ClientId 'demo-client' -ClientSecret 'demo-secret' -OutputFolder (Join-Path $out 'demo')
    }
    finally {
        Stop-SpectrumSimulator -Simulator $simulator
    }
}

function Invoke-Simulator {
    Invoke-Build
    $simulator = Join-Path $simulatorOut 'SpectrumTicketing.Simulator.dll'
    & dotnet $simulator --urls "http://127.0.0.1:$Port"
}

function Invoke-Benchmark {
    Invoke-Build
    & (Join-Path $root 'benchmarks/Measure-Module.ps1')
    if ($LASTEXITCODE -ne 0) {
        exit $LASTEXITCODE
    }
}

function Invoke-Package {
    Invoke-Build
    $repository = Join-Path $out 'repository'
    Remove-Item -LiteralPath $repository -Recurse -Force -ErrorAction SilentlyContinue
    New-Item -ItemType Directory -Path $repository | Out-Null
    $name = 'SpectrumTicketingLocal'
    Unregister-PSResourceRepository -Name $name -ErrorAction SilentlyContinue
    Register-PSResourceRepository -Name $name -Uri $repository -Trusted
    try {
        Publish-PSResource -Path $moduleOut -Repository $name
    }
    finally {
        Unregister-PSResourceRepository -Name $name
    }

    Get-ChildItem -LiteralPath $repository | ForEach-Object { Write-Host "Published $($_.FullName)" }
}

switch ($Task) {
    'Build' { Invoke-Build }
    'Test' { Invoke-Test }
    'Demo' { Invoke-Demo }
    'Simulator' { Invoke-Simulator }
    'Benchmark' { Invoke-Benchmark }
    'Package' { Invoke-Package }
}
