#Requires -Version 7.2
<#
.SYNOPSIS
Measures the module's memory, throughput, token reuse and paging against the local simulator.

.DESCRIPTION
Starts the simulator on 127.0.0.1 with TicketCount generated tickets for the demo organisation, then measures:

1. Streaming memory. Get-SpectrumTicket | Export-Csv runs in a child process for SmallTicketCount tickets and
   for every ticket, and samples the live managed memory every SampleInterval tickets. The slope of those
   samples shows whether memory grows with the tickets already written.
2. Throughput. Tickets per second and milliseconds per page of the full export, and the GET /tickets
   requests the simulator counted against ceil(tickets / 25).
3. Token reuse. Token requests for one connection and CallCount calls of Get-SpectrumSite,
   Get-SpectrumCircuit and Get-SpectrumTicket -First 5.
4. Early stop. Page requests of Get-SpectrumTicket -First 30 and of Get-SpectrumTicket | Select-Object -First 3.

Prints a table and exits with code 1 when a target is missed. The simulator runs on the same machine, so
throughput figures are an upper bound of the module and say nothing about the vendor's API.

.PARAMETER MaxSlopeKiBPer1000
Highest accepted growth of live managed memory, in KiB per 1,000 tickets written. One ticket of the
simulator's data kept alive costs about 2.2 KiB (the run prints the measured size), so a leak of every written
ticket grows by about 2,200 KiB per 1,000. The default of 64 KiB fails when about 30 tickets per 1,000, a page
or more, stay alive, and passes the residual growth of about 5 KiB per 1,000 measured on 2026-12-04.

.PARAMETER OutputPath
Also writes every figure as JSON to this file.

.EXAMPLE
dotnet pwsh -NoProfile -NonInteractive ./benchmarks/Measure-Module.ps1 -OutputPath out/benchmark.json
#>
[CmdletBinding()]
param(
    [ValidateRange(100, 1000000)]
    [int] $TicketCount = 10000,

    [ValidateRange(100, 1000000)]
    [int] $SmallTicketCount = 1000,

    # Timed full exports; the table shows the median.
    [ValidateRange(1, 20)]
    [int] $Iterations = 3,

    [ValidateRange(3, 10000)]
    [int] $CallCount = 200,

    # Tickets between two memory samples.
    [ValidateRange(25, 100000)]
    [int] $SampleInterval = 500,

    [ValidateRange(0, 1048576)]
    [double] $MaxSlopeKiBPer1000 = 64,

    # Limit for the whole run, in seconds; a child export still running then is stopped.
    [ValidateRange(30, 7200)]
    [int] $TimeoutSec = 900,

    [string] $OutputPath,

    [string] $ModulePath = (Join-Path (Split-Path -Parent $PSScriptRoot) 'out/SpectrumTicketing/SpectrumTicketing.psd1'),

    [string] $SimulatorPath = (Join-Path (Split-Path -Parent $PSScriptRoot) 'out/simulator/SpectrumTicketing.Simulator.dll')
)

Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'
$env:NO_COLOR = '1'

# GET /tickets returns 25 tickets per page, in the vendor's API and in the simulator.
$pageSize = 25
$clientId = 'demo-client'
$clientSecret = 'demo-secret'
$repositoryRoot = Split-Path -Parent $PSScriptRoot
$deadline = [DateTime]::UtcNow.AddSeconds($TimeoutSec)

if ($SmallTicketCount -ge $TicketCount) {
    throw "SmallTicketCount ($SmallTicketCount) must be smaller than TicketCount ($TicketCount)."
}

if (-not (Test-Path -LiteralPath $ModulePath)) {
    throw "The module '$ModulePath' was not found. Run ./build.ps1 -Task Build first."
}

Import-Module (Join-Path $repositoryRoot 'tools/SimulatorHarness.psm1') -Force
Import-Module $ModulePath -Force

function Assert-WithinDeadline {
    param([string] $Step)

    if ([DateTime]::UtcNow -gt $deadline) {
        throw "The benchmark timed out after $TimeoutSec s during '$Step'. Raise -TimeoutSec or lower -TicketCount."
    }
}

function Connect-Simulator {
    $secret = ConvertTo-SecureString -String $clientSecret -AsPlainText -Force
    Connect-SpectrumTicketing -BaseUri $simulator.BaseUri -ClientId $clientId -ClientSecret $secret -TimeoutSec 30
}

function Reset-SimulatorCounter {
    Invoke-SimulatorAdmin -Simulator $simulator -Method POST -Path 'reset' | Out-Null
}

function Get-PageRequestCount {
    (Get-SimulatorCounter -Simulator $simulator).requests.'GET /tickets'
}

function Get-TokenRequestCount {
    (Get-SimulatorCounter -Simulator $simulator).requests.'POST /auth/oauth/v2/token'
}

function Get-Median {
    param([double[]] $Values)

    $sorted = $Values | Sort-Object
    $middle = [math]::Floor($sorted.Count / 2)
    if ($sorted.Count % 2 -eq 1) {
        return $sorted[$middle]
    }

    ($sorted[$middle - 1] + $sorted[$middle]) / 2
}

# Least-squares slope of live managed memory over tickets written, in KiB per 1,000 tickets.
function Get-MemorySlope {
    param([object[]] $Samples)

    $count = $Samples.Count
    $meanX = ($Samples | Measure-Object -Property Tickets -Average).Average
    $meanY = ($Samples | Measure-Object -Property LiveBytes -Average).Average
    $covariance = 0.0
    $variance = 0.0
    foreach ($sample in $Samples) {
        $covariance += ($sample.Tickets - $meanX) * ($sample.LiveBytes - $meanY)
        $variance += ($sample.Tickets - $meanX) * ($sample.Tickets - $meanX)
    }

    if ($count -lt 2 -or $variance -eq 0) {
        return 0.0
    }

    $covariance / $variance * 1000 / 1KB
}

# Runs Measure-ExportMemory.ps1 in a new pwsh process and returns its results.
function Invoke-ExportMemoryRun {
    param(
        [string] $Name,
        [int] $First,
        [int] $RetainCount
    )

    Assert-WithinDeadline -Step "memory run '$Name'"
    $resultPath = Join-Path $workFolder "$Name.json"
    $arguments = @(
        'pwsh', '-NoProfile', '-NonInteractive', '-File', (Join-Path $PSScriptRoot 'Measure-ExportMemory.ps1')
        '-ModulePath', $ModulePath
        '-BaseUri', $simulator.BaseUri
        '-ClientId', $clientId
        '-ClientSecret', $clientSecret
        '-CsvPath', (Join-Path $workFolder "$Name.csv")
        '-ResultPath', $resultPath
        '-First', $First
        '-SampleInterval', $SampleInterval
        '-RetainCount', $RetainCount
    )

    # The working folder is the repository, where dotnet finds the pwsh tool of .config/dotnet-tools.json.
    $startInfo = [System.Diagnostics.ProcessStartInfo]::new('dotnet')
    foreach ($argument in $arguments) {
        $startInfo.ArgumentList.Add([string]$argument)
    }

    $startInfo.WorkingDirectory = $repositoryRoot
    $startInfo.UseShellExecute = $false
    $process = [System.Diagnostics.Process]::Start($startInfo)
    try {
        $remainingMs = [math]::Max(1000, ($deadline - [DateTime]::UtcNow).TotalMilliseconds)
        if (-not $process.WaitForExit([int]$remainingMs)) {
            Stop-Process -Id $process.Id -Force
            throw "The memory run '$Name' did not finish within $TimeoutSec s and was stopped."
        }

        if ($process.ExitCode -ne 0) {
            throw "The memory run '$Name' failed with exit code $($process.ExitCode). Its errors are printed above."
        }
    }
    finally {
        $process.Dispose()
    }

    Get-Content -LiteralPath $resultPath -Raw | ConvertFrom-Json
}

function Measure-StreamingMemory {
    $small = Invoke-ExportMemoryRun -Name 'memory-small' -First $SmallTicketCount -RetainCount $SmallTicketCount
    $full = Invoke-ExportMemoryRun -Name 'memory-full' -First 0 -RetainCount 0

    # The first sample still contains the export's one-off allocations (CSV writer, type data caches).
    $steadySamples = @($full.Samples | Select-Object -Skip 1)
    [pscustomobject]@{
        SmallRun                = $small
        FullRun                 = $full
        SmallLiveGrowthBytes   = [long]($small.Samples[-1].LiveBytes - $small.BaselineLiveBytes)
        FullLiveGrowthBytes    = [long]($full.Samples[-1].LiveBytes - $full.BaselineLiveBytes)
        SlopeKiBPer1000Tickets = [math]::Round((Get-MemorySlope -Samples $steadySamples), 1)
        RetainedBytesPerTicket = [long]$small.RetainedBytesPerTicket
    }
}

function Measure-Throughput {
    param([long] $ListedCount)

    $expectedPages = [long][math]::Ceiling($ListedCount / $pageSize)

    # One page first, so that loading and JIT compilation of Export-Csv stay out of the first timed run.
    Get-SpectrumTicket -First $pageSize | Export-Csv -LiteralPath (Join-Path $workFolder 'warm-up.csv') -NoTypeInformation

    $runs = for ($iteration = 1; $iteration -le $Iterations; $iteration++) {
        Assert-WithinDeadline -Step "throughput run $iteration"
        Reset-SimulatorCounter
        $csvPath = Join-Path $workFolder "throughput-$iteration.csv"
        $stopwatch = [System.Diagnostics.Stopwatch]::StartNew()
        Get-SpectrumTicket | Export-Csv -LiteralPath $csvPath -NoTypeInformation
        $stopwatch.Stop()

        $pages = Get-PageRequestCount
        $exported = @(Import-Csv -LiteralPath $csvPath).Count
        $seconds = $stopwatch.Elapsed.TotalSeconds
        [pscustomobject]@{
            Iteration      = $iteration
            Tickets        = $exported
            ElapsedMs      = [long][math]::Round($seconds * 1000)
            TicketsPerSec  = [long][math]::Round($exported / $seconds)
            MsPerPage      = [math]::Round($seconds * 1000 / [math]::Max(1, $pages), 2)
            PageRequests   = $pages
            ExpectedPages  = $expectedPages
        }
    }

    $runs = @($runs)
    [pscustomobject]@{
        Runs                = $runs
        MedianTicketsPerSec = [long][math]::Round((Get-Median -Values $runs.TicketsPerSec))
        MedianMsPerPage     = [math]::Round((Get-Median -Values $runs.MsPerPage), 2)
        ExpectedPages       = $expectedPages
        ExpectedTickets     = $ListedCount
    }
}

function Measure-TokenReuse {
    Disconnect-SpectrumTicketing
    Reset-SimulatorCounter
    Connect-Simulator
    $stopwatch = [System.Diagnostics.Stopwatch]::StartNew()
    for ($call = 0; $call -lt $CallCount; $call++) {
        if ($call % 25 -eq 0) {
            Assert-WithinDeadline -Step 'token reuse'
        }

        switch ($call % 3) {
            0 { Get-SpectrumSite | Out-Null }
            1 { Get-SpectrumCircuit | Out-Null }
            2 { Get-SpectrumTicket -First 5 | Out-Null }
        }
    }

    $stopwatch.Stop()
    [pscustomobject]@{
        Calls         = $CallCount
        TokenRequests = Get-TokenRequestCount
        MsPerCall     = [math]::Round($stopwatch.Elapsed.TotalMilliseconds / $CallCount, 2)
    }
}

function Measure-EarlyStop {
    Reset-SimulatorCounter
    $firstTickets = @(Get-SpectrumTicket -First 30).Count
    $firstPages = Get-PageRequestCount

    Reset-SimulatorCounter
    $selectTickets = @(Get-SpectrumTicket | Select-Object -First 3).Count
    $selectPages = Get-PageRequestCount

    [pscustomobject]@{
        First30Tickets       = $firstTickets
        First30Pages         = $firstPages
        SelectFirst3Tickets  = $selectTickets
        SelectFirst3Pages    = $selectPages
    }
}

function New-ResultRow {
    param([string] $Measure, [object] $Value, [string] $Target, [Nullable[bool]] $Met)

    $result = if ($null -eq $Met) { '' } elseif ($Met) { 'met' } else { 'MISSED' }
    [pscustomobject]@{ Measure = $Measure; Value = $Value; Target = $Target; Result = $result }
}

$workFolder = Join-Path ([System.IO.Path]::GetTempPath()) ('spectrum-benchmark-' + [guid]::NewGuid().ToString('N').Substring(0, 8))
New-Item -ItemType Directory -Path $workFolder | Out-Null
$simulator = $null
try {
    $simulator = Start-SpectrumSimulator -SimulatorPath $SimulatorPath -ArgumentList '--tickets', $TicketCount, '--seed', '1'
    if ($simulator.BaseUri -notmatch '^http://127\.0\.0\.1:\d+$') {
        throw "The simulator listens on '$($simulator.BaseUri)', not on 127.0.0.1. The benchmark sends requests to loopback only."
    }

    Connect-Simulator

    # The total of the envelope, read from one page: the generated tickets plus the vendor's example tickets.
    $listedCount = [long](Get-SpectrumTicket -First 0 -IncludeTotalCount).psobject.BaseObject

    Write-Host "Simulator on $($simulator.BaseUri) lists $listedCount tickets. Measuring memory..."
    $memory = Measure-StreamingMemory
    Write-Host 'Measuring throughput...'
    $throughput = Measure-Throughput -ListedCount $listedCount
    Write-Host 'Measuring token reuse and early stop...'
    $tokens = Measure-TokenReuse
    $earlyStop = Measure-EarlyStop
}
finally {
    Disconnect-SpectrumTicketing -ErrorAction SilentlyContinue
    Stop-SpectrumSimulator -Simulator $simulator
    Remove-Item -LiteralPath $workFolder -Recurse -Force -ErrorAction SilentlyContinue
}

$smallCount = $memory.SmallRun.Tickets
$fullCount = $memory.FullRun.Tickets
$throughputPagesMet = @($throughput.Runs | Where-Object { $_.PageRequests -ne $throughput.ExpectedPages }).Count -eq 0
$throughputTicketsMet = @($throughput.Runs | Where-Object { $_.Tickets -ne $throughput.ExpectedTickets }).Count -eq 0
$pageRequestRange = ($throughput.Runs.PageRequests | Sort-Object -Unique) -join ', '

$rows = @(
    New-ResultRow "Live managed memory growth, $smallCount tickets (KiB)" ([long][math]::Round($memory.SmallLiveGrowthBytes / 1KB)) '' $null
    New-ResultRow "Live managed memory growth, $fullCount tickets (KiB)" ([long][math]::Round($memory.FullLiveGrowthBytes / 1KB)) '' $null
    New-ResultRow 'Live memory slope (KiB per 1,000 tickets)' $memory.SlopeKiBPer1000Tickets "<= $MaxSlopeKiBPer1000" ($memory.SlopeKiBPer1000Tickets -le $MaxSlopeKiBPer1000)
    New-ResultRow 'Live size of one retained ticket (bytes)' $memory.RetainedBytesPerTicket '' $null
    New-ResultRow "Peak working set, $smallCount tickets (MiB)" ([long][math]::Round($memory.SmallRun.PeakWorkingSetBytes / 1MB)) '' $null
    New-ResultRow "Peak working set, $fullCount tickets (MiB)" ([long][math]::Round($memory.FullRun.PeakWorkingSetBytes / 1MB)) '' $null
    New-ResultRow 'Tickets exported by the full export' $fullCount "= $listedCount" ($fullCount -eq $listedCount -and $throughputTicketsMet)
    New-ResultRow "Throughput, median of $Iterations (tickets/s)" $throughput.MedianTicketsPerSec '' $null
    New-ResultRow "Time per page, median of $Iterations (ms)" $throughput.MedianMsPerPage '' $null
    New-ResultRow 'GET /tickets requests per full export' $pageRequestRange "= $($throughput.ExpectedPages)" $throughputPagesMet
    New-ResultRow "Token requests for 1 connect and $($tokens.Calls) calls" $tokens.TokenRequests '= 1' ($tokens.TokenRequests -eq 1)
    New-ResultRow 'Time per call, site/circuit/ticket (ms)' $tokens.MsPerCall '' $null
    New-ResultRow 'Pages for -First 30' $earlyStop.First30Pages '= 2' ($earlyStop.First30Pages -eq 2 -and $earlyStop.First30Tickets -eq 30)
    New-ResultRow 'Pages for | Select-Object -First 3' $earlyStop.SelectFirst3Pages '= 1' ($earlyStop.SelectFirst3Pages -eq 1 -and $earlyStop.SelectFirst3Tickets -eq 3)
)

# Other processes on the machine slow the timed figures; the load average records how busy it was.
$loadAverage = $null
if (Test-Path -LiteralPath '/proc/loadavg') {
    $loadAverage = ((Get-Content -LiteralPath '/proc/loadavg' -Raw) -split ' ')[0..2] -join ' '
}

$rows | Format-Table -AutoSize | Out-Host
$throughput.Runs | Format-Table -AutoSize | Out-Host
if ($loadAverage) {
    Write-Host "Load average (1, 5, 15 min) at the end: $loadAverage on $([Environment]::ProcessorCount) cores."
}

if ($OutputPath) {
    $gcInfo = [GC]::GetGCMemoryInfo()
    [pscustomobject]@{
        Date          = (Get-Date).ToUniversalTime().ToString('o')
        Machine       = [pscustomobject]@{
            OS                 = [System.Runtime.InteropServices.RuntimeInformation]::OSDescription
            ProcessorCount     = [Environment]::ProcessorCount
            TotalMemoryBytes   = $gcInfo.TotalAvailableMemoryBytes
            Runtime            = [System.Runtime.InteropServices.RuntimeInformation]::FrameworkDescription
            PowerShell         = $PSVersionTable.PSVersion.ToString()
            LoadAverage        = $loadAverage
        }
        Parameters    = [pscustomobject]@{
            TicketCount        = $TicketCount
            SmallTicketCount   = $SmallTicketCount
            Iterations         = $Iterations
            CallCount          = $CallCount
            SampleInterval     = $SampleInterval
            MaxSlopeKiBPer1000 = $MaxSlopeKiBPer1000
        }
        ListedTickets = $listedCount
        Memory        = $memory
        Throughput    = $throughput
        TokenReuse    = $tokens
        EarlyStop     = $earlyStop
        Results       = $rows
    } | ConvertTo-Json -Depth 6 | Set-Content -LiteralPath $OutputPath -Encoding utf8
    Write-Host "Figures written to $OutputPath"
}

$missed = @($rows | Where-Object Result -eq 'MISSED')
if ($missed.Count -gt 0) {
    Write-Host "$($missed.Count) target(s) missed: $(($missed.Measure) -join '; ')."
    exit 1
}

Write-Host 'All targets met.'
