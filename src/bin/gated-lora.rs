//! `gated-lora`: the native command line. Its interface is used by benchmarks and checks; keep
//! it stable (README.md documents it).

// The CLI is native only; the browser API lives in src/wasm.rs.
#[cfg(not(target_arch = "wasm32"))]
mod cli {
    use gated_lora_webgpu::decode::Mode;
    use gated_lora_webgpu::engine::GenerateOptions;
    use gated_lora_webgpu::error::Coded;
    use gated_lora_webgpu::sampling::Sampling;
    use gated_lora_webgpu::{Engine, EngineOptions, Error, Prompt, Result};
    use serde_json::{json, Value};
    use std::collections::HashMap;
    use std::io::Write;

    const USAGE: &str = "usage:
      gated-lora generate --model M.gguf --prompt TEXT [--chat] [--max-tokens N (128)] [--json] [--context N]
                          [--mode ar|mtp|mtp-linear|ngram|auto (ar)] [--adapter A.safetensors] [--k N]
                          [--tree 3|2x2|4x2…] [--max-rows N (81)] [--gpu-memory-mib N]
                          [--lora PATH[=WEIGHT]]… (a domain adapter: PEFT directory, GGUF LoRA or
                          gated safetensors; repeatable, mixed with the weights given, default 1)
                          [--gates] (with --json: the learned / router gates' mean per layer)
                          [--temperature T (0: greedy)] [--top-k K] [--top-p P] [--seed S (0)]
                          [--repeat-penalty R] [--repeat-last-n N]
      gated-lora generate --model M.gguf --prompts IN.jsonl --out OUT.jsonl [same options but
                          --prompt, --chat, --json]
          IN.jsonl lines: {\"id\", \"prompt\", \"chat\": true} or {\"id\", \"tokens\": [ids]}
      gated-lora tokenize --model M.gguf (--text TEXT | --texts IN.jsonl) [--special]
      gated-lora bench    --model M.gguf [--prompt TEXT] [--max-tokens N (32)] [--runs N (1)]
                          [same options but --chat, --json, --gates]
    --adapter, --k and --tree need a --mode that uses them; an option a run would ignore is an error.
    Options take their value as `--name value` or `--name=value`.";

    /// `--name value` pairs (every value of a repeated option, in order) and bare `--flag`s.
    struct Args {
        values: HashMap<String, Vec<String>>,
        flags: Vec<String>,
    }

    const FLAGS: &[&str] = &["--chat", "--json", "--special", "--gates"];

    /// The options each command knows: anything else is an error naming it, never ignored.
    const ENGINE: &[&str] = &["--model", "--context", "--adapter", "--lora", "--max-rows", "--gpu-memory-mib"];
    const DECODE: &[&str] =
        &["--max-tokens", "--mode", "--k", "--tree", "--temperature", "--top-k", "--top-p", "--seed", "--repeat-penalty", "--repeat-last-n"];
    // `bench` has no --gates: recording them costs a readback per pass, which would skew its timings.
    const GENERATE: &[&str] = &["--prompt", "--prompts", "--out", "--chat", "--json", "--gates"];
    const TOKENIZE: &[&str] = &["--model", "--text", "--texts", "--special"];
    const BENCH: &[&str] = &["--prompt", "--runs"];

    /// The known option closest to a misspelt one (at most two edits away).
    fn closest<'a>(unknown: &str, known: &[&'a str]) -> Option<&'a str> {
        let distance = |a: &str, b: &str| {
            let b: Vec<char> = b.chars().collect();
            let mut row: Vec<usize> = (0..=b.len()).collect();
            for (i, ca) in a.chars().enumerate() {
                let mut prev = row[0];
                row[0] = i + 1;
                for (j, cb) in b.iter().enumerate() {
                    let cur = row[j + 1];
                    row[j + 1] = (prev + usize::from(ca != *cb)).min(row[j] + 1).min(cur + 1);
                    prev = cur;
                }
            }
            row[b.len()]
        };
        known.iter().map(|k| (distance(unknown, k), *k)).filter(|(d, _)| *d <= 2).min().map(|(_, k)| k)
    }

    impl Args {
        fn parse(args: &[String], known: &[&[&str]]) -> Result<Args> {
            let known: Vec<&str> = known.iter().flat_map(|k| k.iter().copied()).collect();
            let mut values = HashMap::new();
            let mut flags = Vec::new();
            let mut it = args.iter();
            while let Some(arg) = it.next() {
                // `--name=value` is `--name value`.
                let (a, inline) = match arg.split_once('=').filter(|(name, _)| name.starts_with("--")) {
                    Some((name, value)) => (name, Some(value)),
                    None => (arg.as_str(), None),
                };
                if a.starts_with("--") && !known.contains(&a) {
                    let hint = closest(a, &known).map(|k| format!(" (did you mean {k}?)")).unwrap_or_default();
                    return Err(Error::InvalidArgument(format!("unknown option {a}{hint}; known: {}", known.join(" "))));
                }
                if FLAGS.contains(&a) {
                    if inline.is_some() {
                        return Err(Error::InvalidArgument(format!("{a} takes no value")));
                    }
                    flags.push(a.to_string());
                } else if a.starts_with("--") {
                    let v = match inline {
                        Some(v) => v,
                        None => it.next().ok_or_else(|| Error::InvalidArgument(format!("{a} needs a value")))?,
                    };
                    values.entry(a.to_string()).or_insert_with(Vec::new).push(v.to_string());
                } else {
                    return Err(Error::InvalidArgument(format!("unexpected argument {a:?}")));
                }
            }
            Ok(Args { values, flags })
        }

        /// The value of an option (the last one, if repeated).
        fn get(&self, name: &str) -> Option<&str> {
            self.values.get(name).and_then(|v| v.last()).map(String::as_str)
        }

        /// Every value of a repeatable option, in order.
        fn all(&self, name: &str) -> &[String] {
            self.values.get(name).map_or(&[], Vec::as_slice)
        }

        fn require(&self, name: &str) -> Result<&str> {
            self.get(name).ok_or_else(|| Error::InvalidArgument(format!("{name} is required")))
        }

        fn number<T: std::str::FromStr>(&self, name: &str, default: T) -> Result<T>
        where
            T::Err: std::fmt::Display,
        {
            match self.get(name) {
                None => Ok(default),
                Some(v) => v.parse().map_err(|e| Error::InvalidArgument(format!("{name} must be a whole number, got {v:?} ({e})"))),
            }
        }

        fn float(&self, name: &str, default: f32) -> Result<f32> {
            match self.get(name) {
                None => Ok(default),
                Some(v) => v.parse().map_err(|_| Error::InvalidArgument(format!("{name} must be a number, got {v:?}"))),
            }
        }

        fn flag(&self, name: &str) -> bool {
            self.flags.iter().any(|f| f == name)
        }
    }

    fn load(args: &Args) -> Result<Engine> {
        let path = args.require("--model")?;
        let bytes = std::fs::read(path).map_err(|e| Error::Io(format!("{path}: {e}")))?;
        let defaults = EngineOptions::default();
        let context = args.get("--context").map(|_| args.number("--context", 0)).transpose()?;
        let gpu_memory_limit = match args.get("--gpu-memory-mib") {
            None => None,
            Some(v) => Some(
                args.number::<u64>("--gpu-memory-mib", 0)?
                    .checked_mul(1024 * 1024)
                    .ok_or_else(|| Error::InvalidArgument(format!("--gpu-memory-mib {v} is more bytes than a u64 holds")))?,
            ),
        };
        let options = EngineOptions { context, max_rows: args.number("--max-rows", defaults.max_rows)?, gpu_memory_limit };
        let mut engine = pollster::block_on(Engine::load(&bytes, &options))?;
        if let Some(a) = args.get("--adapter") {
            let bytes = std::fs::read(a).map_err(|e| Error::Io(format!("{a}: {e}")))?;
            engine.load_adapter("default", &bytes)?;
        }
        for (path, _) in lora_specs(args)? {
            load_lora(&mut engine, &path)?;
        }
        Ok(engine)
    }

    /// `--lora PATH[=WEIGHT]` values: each adapter's path (also its name) and weight. A path that
    /// exists is taken whole, so one with an `=` in it needs no weight.
    fn lora_specs(args: &Args) -> Result<Vec<(String, f32)>> {
        let mut specs: Vec<(String, f32)> = Vec::new();
        for spec in args.all("--lora") {
            let (path, weight) = match spec.rsplit_once('=') {
                Some((path, w)) if !std::path::Path::new(spec).exists() => {
                    let w = w.parse::<f32>().ok().filter(|w| w.is_finite());
                    (path, w.ok_or_else(|| Error::InvalidArgument(format!("--lora {spec}: the weight after = must be a number")))?)
                }
                _ => (spec.as_str(), 1.0),
            };
            // One adapter twice would be one name with two weights: say the sum instead.
            if specs.iter().any(|(p, _)| p == path) {
                return Err(Error::InvalidArgument(format!("--lora {path} is given twice; give it once with the weight wanted")));
            }
            specs.push((path.to_string(), weight));
        }
        Ok(specs)
    }

    /// A domain adapter from a PEFT directory (adapter_config.json + adapter_model.safetensors)
    /// or one file (GGUF LoRA, gated safetensors), named by its path.
    fn load_lora(engine: &mut Engine, path: &str) -> Result<()> {
        let read = |p: &std::path::Path| std::fs::read(p).map_err(|e| Error::Io(format!("{}: {e}", p.display())));
        let dir = std::path::Path::new(path);
        if dir.is_dir() {
            let config = read(&dir.join("adapter_config.json"))?;
            let weights = read(&dir.join("adapter_model.safetensors"))?;
            engine.load_peft(path, &config, &weights)?;
        } else {
            engine.load_lora(path, &read(dir)?)?;
        }
        Ok(())
    }

    fn generate_options(args: &Args, default_tokens: usize) -> Result<GenerateOptions> {
        let k = match args.get("--k") {
            Some(_) => Some(args.number("--k", 0)?),
            None => None,
        };
        let mode: Mode = args.get("--mode").unwrap_or("ar").parse()?;
        check_drafting_options(args, mode)?;
        let greedy = Sampling::default();
        let sampling = Sampling {
            temperature: args.float("--temperature", greedy.temperature)?,
            top_k: args.number("--top-k", greedy.top_k)?,
            top_p: args.float("--top-p", greedy.top_p)?,
            repetition_penalty: args.float("--repeat-penalty", greedy.repetition_penalty)?,
            penalty_last_n: args.number("--repeat-last-n", greedy.penalty_last_n)?,
            seed: args.number("--seed", greedy.seed)?,
        };
        sampling.validate()?;
        let tree = args.get("--tree").map(str::parse).transpose()?;
        let loras = lora_specs(args)?;
        Ok(GenerateOptions {
            max_tokens: args.number("--max-tokens", default_tokens)?,
            mode,
            adapter: None,
            k,
            tree,
            loras,
            sampling,
            record_gates: args.flag("--gates"),
        })
    }

    /// `--adapter`, `--k` and `--tree` under a mode that does not use them would run as if they
    /// were absent (the default mode, ar, drafts nothing): an error instead. An explicit mode keeps
    /// `--adapter` (its GPU memory counts in `bench`, as when comparing modes side by side). MTP
    /// without an adapter is refused before the model loads.
    fn check_drafting_options(args: &Args, mode: Mode) -> Result<()> {
        if matches!(mode, Mode::Mtp | Mode::MtpLinear) && args.get("--adapter").is_none() {
            return Err(Error::InvalidArgument(format!(
                "--mode {} drafts with an MTP adapter: add --adapter A.safetensors (the default: adapters/smollm2-135m-k4.safetensors)",
                args.get("--mode").unwrap_or_default()
            )));
        }
        let drafting = [
            ("--adapter", args.get("--mode").is_some(), "--mode mtp, mtp-linear or auto"),
            ("--k", mode != Mode::Ar, "--mode mtp, mtp-linear, ngram or auto"),
            ("--tree", matches!(mode, Mode::Mtp | Mode::Auto), "--mode mtp or auto"),
        ];
        for (option, used, needs) in drafting {
            if args.get(option).is_some() && !used {
                let mode = args.get("--mode").map_or_else(|| "the default mode, ar,".to_string(), |m| format!("--mode {m}"));
                return Err(Error::InvalidArgument(format!("{option} would be ignored: {mode} does not use it (it needs {needs})")));
            }
        }
        Ok(())
    }

    fn mode_name(m: Mode) -> Value {
        serde_json::to_value(m).unwrap_or(Value::Null)
    }

    /// The lines of a JSONL file with their numbers, blank lines left out.
    fn jsonl_lines(path: &str) -> Result<Vec<(usize, String)>> {
        let text = std::fs::read_to_string(path).map_err(|e| Error::Io(format!("{path}: {e}")))?;
        Ok(text.lines().enumerate().filter(|(_, l)| !l.trim().is_empty()).map(|(i, l)| (i + 1, l.to_string())).collect())
    }

    /// A prompts file: each line's number, id and prompt.
    fn read_prompts(path: &str) -> std::result::Result<Vec<(usize, Value, Prompt)>, Failure> {
        let mut prompts = Vec::new();
        for (n, line) in jsonl_lines(path)? {
            if let Some((id, prompt)) = Prompt::from_jsonl(&line).map_err(|e| Failure::at(format!("{path}:{n}"), e))? {
                prompts.push((n, id, prompt));
            }
        }
        Ok(prompts)
    }

    /// Writes one line to stdout. A reader that went away (`| head`) ends the program quietly,
    /// as it does for other Unix tools.
    fn print_line(line: &dyn std::fmt::Display) -> Result<()> {
        let mut out = std::io::stdout().lock();
        match writeln!(out, "{line}").and_then(|_| out.flush()) {
            Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => std::process::exit(0),
            r => r.map_err(|e| Error::Io(format!("stdout: {e}"))),
        }
    }

    /// Decode tokens per second (`Generation::decode_tokens`), None before any decode pass.
    fn decode_rate(g: &gated_lora_webgpu::decode::Generation) -> Option<f64> {
        (g.decode_ms > 0.0 && g.decode_tokens() > 0).then(|| g.decode_tokens() as f64 / g.decode_ms * 1000.0)
    }

    /// The JSON record of one generation (README.md documents its fields).
    fn record(engine: &Engine, ids: &[u32], g: &gated_lora_webgpu::decode::Generation, options: &GenerateOptions) -> Value {
        json!({
            "prompt_tokens": ids,
            "tokens": g.tokens,
            "text": engine.tokenizer.decode_with(&g.tokens, true),
            "prefill_ms": g.prefill_ms,
            "decode_ms": g.decode_ms,
            "steps": g.steps,
            "accepted": g.accepted,
            "reused": g.reused,
            "mode": mode_name(g.mode),
            "k": g.k,
            "tree": g.tree,
            "branch_steps": g.branch_steps,
            "sampling": options.sampling,
            "stop": g.stop,
            "gates": g.gates,
        })
    }

    fn generate(args: &Args) -> Run {
        let options = generate_options(args, 128)?;
        match args.get("--prompts") {
            Some(path) => generate_file(args, path, &options),
            None => generate_one(args, &options),
        }
    }

    /// `--prompts IN.jsonl --out OUT.jsonl`: one JSON record per input line. The prompts are read
    /// before the output is opened, and the output is never the input.
    fn generate_file(args: &Args, path: &str, options: &GenerateOptions) -> Run {
        for option in ["--prompt", "--chat", "--json"] {
            if args.get(option).is_some() || args.flag(option) {
                return Err(Error::InvalidArgument(format!(
                    "{option} does not go with --prompts: each line gives its prompt (\"chat\": true for the template) and every output line is JSON"
                ))
                .into());
            }
        }
        let out_path = args.require("--out")?;
        let prompts = read_prompts(path)?;
        let same = |a: &str, b: &str| std::fs::canonicalize(a).ok().is_some_and(|a| std::fs::canonicalize(b).ok() == Some(a));
        if same(path, out_path) {
            return Err(Error::InvalidArgument(format!("--out {out_path} is the --prompts file: writing it would erase the prompts")).into());
        }
        let engine = load(args)?;
        let mut out = std::fs::File::create(out_path).map_err(|e| Error::Io(format!("{out_path}: {e}")))?;
        for (n, id, prompt) in prompts {
            let at = |e: Error| Failure::at(format!("{path}:{n} (id {id})"), e);
            let ids = engine.encode(&prompt).map_err(at)?;
            let g = pollster::block_on(engine.generate(&ids, options, &mut |_, _| true)).map_err(at)?;
            let mut r = record(&engine, &ids, &g, options);
            r["id"] = id.clone();
            writeln!(out, "{r}").map_err(|e| Error::Io(format!("{out_path}: {e}")))?;
        }
        Ok(())
    }

    /// `--prompt TEXT`: the answer streamed to stdout, or one JSON record with `--json`.
    fn generate_one(args: &Args, options: &GenerateOptions) -> Run {
        if args.get("--out").is_some() {
            return Err(Error::InvalidArgument("--out goes with --prompts; --prompt writes to stdout".into()).into());
        }
        if args.flag("--gates") && !args.flag("--json") {
            return Err(Error::InvalidArgument("--gates are reported in the JSON record: add --json".into()).into());
        }
        let text = args.require("--prompt")?.to_string();
        let engine = load(args)?;
        let ids = engine.encode(&if args.flag("--chat") { Prompt::Chat(text) } else { Prompt::Text(text) })?;
        let json_out = args.flag("--json");
        let mut stream = engine.tokenizer.stream_decoder().skip_special(true);
        let mut stdout = std::io::stdout();
        let mut reader_gone = false;
        let g = pollster::block_on(engine.generate(&ids, options, &mut |t, _| {
            if !json_out {
                // A closed pipe stops the generation: nobody reads the rest.
                reader_gone = write!(stdout, "{}", stream.push(t)).and_then(|_| stdout.flush()).is_err();
            }
            !reader_gone
        }))?;
        if reader_gone {
            std::process::exit(0);
        }
        if json_out {
            let mut r = record(&engine, &ids, &g, options);
            r["device"] = engine.model.gpu.describe().into();
            print_line(&r)?;
        } else {
            print_line(&stream.finish())?;
            eprintln!(
                "[{} prompt tokens, {} generated in {} steps, prefill {:.0} ms, decode {} on {}]",
                ids.len(),
                g.tokens.len(),
                g.steps,
                g.prefill_ms,
                decode_rate(&g).map_or_else(|| "-".to_string(), |r| format!("{r:.2} tok/s")),
                engine.model.gpu.describe()
            );
        }
        Ok(())
    }

    /// Token ids as JSON. No BOS is added (generate adds one to a `--prompt` without `--chat`).
    fn tokenize(args: &Args) -> Run {
        let (text, texts) = (args.get("--text"), args.get("--texts"));
        if text.is_some() == texts.is_some() {
            return Err(Error::InvalidArgument("give one of --text TEXT or --texts IN.jsonl".into()).into());
        }
        let path = args.require("--model")?;
        let bytes = std::fs::read(path).map_err(|e| Error::Io(format!("{path}: {e}")))?;
        let gguf = gated_lora_webgpu::gguf::Gguf::parse(&bytes)?;
        let tokenizer = gated_lora_webgpu::tokenizer::Tokenizer::from_gguf(&gguf)?;
        let special = args.flag("--special");
        if let Some(text) = text {
            print_line(&json!(tokenizer.encode(text, special)?))?;
            return Ok(());
        }
        let path = texts.unwrap_or_default();
        for (n, line) in jsonl_lines(path)? {
            let at = |e: Error| Failure::at(format!("{path}:{n}"), e);
            let line: Value = serde_json::from_str(&line).map_err(|e| at(Error::InvalidArgument(format!("not a JSON line: {e}"))))?;
            let text = line.get("text").and_then(Value::as_str).ok_or_else(|| at(Error::InvalidArgument("each line needs \"text\"".into())))?;
            print_line(&json!({"id": line.get("id").cloned().unwrap_or(Value::Null), "tokens": tokenizer.encode(text, special).map_err(at)?}))?;
        }
        Ok(())
    }

    /// Prefill and decode throughput of the GPU engine, as one JSON line. The prompt always gets
    /// the chat template, as an app's would.
    fn bench(args: &Args) -> Run {
        let options = generate_options(args, 32)?;
        let runs = args.number("--runs", 1usize)?;
        if runs == 0 {
            return Err(Error::InvalidArgument("--runs must be at least 1".into()).into());
        }
        let prompt = args.get("--prompt").unwrap_or("Write a short story about a robot who learns to paint.").to_string();
        let engine = load(args)?;
        let ids = engine.encode(&Prompt::Chat(prompt))?;
        let mut best: Option<gated_lora_webgpu::decode::Generation> = None;
        // Later runs reuse the prompt's K/V: prefill is timed on the first one only.
        let mut prefill_ms = None;
        for _ in 0..runs {
            let g = pollster::block_on(engine.generate(&ids, &options, &mut |_, _| true))?;
            prefill_ms.get_or_insert(g.prefill_ms);
            if best.as_ref().is_none_or(|b| g.decode_ms < b.decode_ms) {
                best = Some(g);
            }
        }
        let (g, prefill_ms) = best.zip(prefill_ms).ok_or_else(|| Error::InvalidArgument("no run".into()))?;
        let per_pass = |total: u64| total as f64 / g.steps.max(1) as f64;
        print_line(&json!({
            "device": engine.model.gpu.describe(),
            "prompt_tokens": ids.len(),
            "generated": g.tokens.len(),
            "prefill_tok_s": ids.len() as f64 / prefill_ms * 1000.0,
            "mode": mode_name(g.mode),
            "k": g.k,
            "tree": g.tree,
            "branch_steps": g.branch_steps,
            "tokens_per_step": g.decode_tokens() as f64 / g.steps.max(1) as f64,
            "decode_tok_s": decode_rate(&g),
            "prefill_ms": prefill_ms,
            "decode_ms": g.decode_ms,
            // Means over the decode passes (docs/DESIGN.md §6.4: what the counters count).
            "rows_per_pass": per_pass(g.decode_counters.rows),
            "dispatches_per_pass": per_pass(g.decode_counters.dispatches),
            "weight_bytes_per_pass": per_pass(g.decode_counters.weight_bytes),
            "flops_per_pass": per_pass(g.decode_counters.flops),
            "encode_ms_per_pass": g.decode_encode_ms / g.steps.max(1) as f64,
            "gpu_bytes": engine.model.gpu_bytes(),
        }))?;
        Ok(())
    }

    /// An error and, for one line of an input file, which line: printed as one line.
    struct Failure {
        at: Option<String>,
        error: Error,
    }

    impl Failure {
        fn at(at: String, error: Error) -> Failure {
            Failure { at: Some(at), error }
        }
    }

    impl From<Error> for Failure {
        fn from(error: Error) -> Failure {
            Failure { at: None, error }
        }
    }

    type Run = std::result::Result<(), Failure>;

    /// Mesa's Vulkan drivers print "XDG_RUNTIME_DIR is invalid or not set in the environment"
    /// twice when it is unset (root shells, CI) — noise a newcomer reads as failure. A private
    /// runtime directory silences them; nothing of ours is written there.
    #[cfg(unix)]
    fn give_mesa_a_runtime_dir() {
        use std::os::unix::fs::PermissionsExt;
        if std::env::var_os("XDG_RUNTIME_DIR").is_some() {
            return;
        }
        let dir = std::env::temp_dir().join("gated-lora-runtime");
        if std::fs::create_dir_all(&dir).and_then(|_| std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o700))).is_ok() {
            // Still single-threaded here: nothing else reads the environment concurrently.
            std::env::set_var("XDG_RUNTIME_DIR", &dir);
        }
    }

    /// Mesa's lavapipe (the CPU Vulkan driver this CLI falls back to without a GPU) ran our
    /// passes on one thread unless LP_NUM_THREADS says otherwise: on 2 cores, 2 threads halve a
    /// pass (bench/RESULTS.md). A user's own setting wins.
    fn let_lavapipe_use_every_core() {
        if std::env::var_os("LP_NUM_THREADS").is_none() {
            if let Ok(n) = std::thread::available_parallelism() {
                // Still single-threaded here: nothing else reads the environment concurrently.
                std::env::set_var("LP_NUM_THREADS", n.get().to_string());
            }
        }
    }

    pub fn main() {
        #[cfg(unix)]
        give_mesa_a_runtime_dir();
        let_lavapipe_use_every_core();
        let args: Vec<String> = std::env::args().skip(1).collect();
        if args.iter().any(|a| a == "-h" || a == "--help") || args.first().is_some_and(|a| a == "help") {
            println!("{USAGE}");
            return;
        }
        let result = match args.first().map(String::as_str) {
            Some("generate") => Args::parse(&args[1..], &[ENGINE, DECODE, GENERATE]).map_err(Failure::from).and_then(|a| generate(&a)),
            Some("tokenize") => Args::parse(&args[1..], &[TOKENIZE]).map_err(Failure::from).and_then(|a| tokenize(&a)),
            Some("bench") => Args::parse(&args[1..], &[ENGINE, DECODE, BENCH]).map_err(Failure::from).and_then(|a| bench(&a)),
            other => {
                let got = other.map_or_else(|| "nothing".to_string(), |c| format!("{c:?}"));
                Err(Error::InvalidArgument(format!("expected a command (generate, tokenize or bench), got {got}; gated-lora --help lists the options")).into())
            }
        };
        if let Err(Failure { at, error }) = result {
            match at {
                Some(at) => eprintln!("gated-lora: [{}] {at}: {error}", error.code()),
                None => eprintln!("gated-lora: {}", Coded(&error)),
            }
            std::process::exit(2);
        }
    }
}

fn main() {
    #[cfg(not(target_arch = "wasm32"))]
    cli::main();
}
