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
      gated-lora generate --model M.gguf --prompt TEXT [--chat] --max-tokens N [--json] [--context N]
                          [--mode ar|mtp|mtp-linear|ngram|auto] [--adapter A.safetensors] [--k N]
                          [--lora PATH[=WEIGHT]]… (a domain adapter: PEFT directory, GGUF LoRA or
                          gated safetensors; repeatable, mixed with the weights given, default 1)
                          [--gates] (with --json: the learned / router gates' mean per layer)
                          [--tree 3|2x2|4x2…] [--max-rows N] [--gpu-memory-mib N]
                          [--temperature T] [--top-k K] [--top-p P] [--seed S]
                          [--repeat-penalty R] [--repeat-last-n N]
      gated-lora generate --model M.gguf --prompts IN.jsonl --max-tokens N --out OUT.jsonl [same options]
          IN.jsonl lines: {\"id\", \"prompt\", \"chat\": true} or {\"id\", \"tokens\": [ids]}
      gated-lora tokenize --model M.gguf (--text TEXT | --texts IN.jsonl) [--special]
      gated-lora bench --model M.gguf [--prompt TEXT] [--max-tokens N] [--runs N]";

    /// `--name value` pairs (every value of a repeated option, in order) and bare `--flag`s.
    struct Args {
        values: HashMap<String, Vec<String>>,
        flags: Vec<String>,
    }

    const FLAGS: &[&str] = &["--chat", "--json", "--special", "--gates"];

    /// The options each command knows: anything else is an error naming it, never ignored.
    const ENGINE: &[&str] = &["--model", "--context", "--adapter", "--lora", "--max-rows", "--gpu-memory-mib"];
    const DECODE: &[&str] =
        &["--max-tokens", "--mode", "--k", "--tree", "--temperature", "--top-k", "--top-p", "--seed", "--repeat-penalty", "--repeat-last-n", "--gates"];
    const GENERATE: &[&str] = &["--prompt", "--prompts", "--out", "--chat", "--json"];
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
            while let Some(a) = it.next() {
                if a.starts_with("--") && !known.contains(&a.as_str()) {
                    let hint = closest(a, &known).map(|k| format!(" (did you mean {k}?)")).unwrap_or_default();
                    return Err(Error::InvalidArgument(format!("unknown option {a}{hint}; known: {}", known.join(" "))));
                }
                if FLAGS.contains(&a.as_str()) {
                    flags.push(a.clone());
                } else if a.starts_with("--") {
                    let v = it.next().ok_or_else(|| Error::InvalidArgument(format!("{a} needs a value")))?;
                    values.entry(a.clone()).or_insert_with(Vec::new).push(v.clone());
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

        fn number(&self, name: &str, default: usize) -> Result<usize> {
            match self.get(name) {
                None => Ok(default),
                Some(v) => v.parse().map_err(|_| Error::InvalidArgument(format!("{name} must be a whole number, got {v:?}"))),
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
        let gpu_memory_limit = args.get("--gpu-memory-mib").map(|_| args.number("--gpu-memory-mib", 0).map(|mib| mib as u64 * 1024 * 1024)).transpose()?;
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

    /// `--lora PATH[=WEIGHT]` values: each adapter's path (also its name) and weight.
    fn lora_specs(args: &Args) -> Result<Vec<(String, f32)>> {
        args.all("--lora")
            .iter()
            .map(|spec| match spec.rsplit_once('=') {
                Some((path, w)) => w
                    .parse::<f32>()
                    .ok()
                    .filter(|w| w.is_finite())
                    .map(|w| (path.to_string(), w))
                    .ok_or_else(|| Error::InvalidArgument(format!("--lora {spec}: the weight after = must be a number"))),
                None => Ok((spec.clone(), 1.0)),
            })
            .collect()
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
        let greedy = Sampling::default();
        let seed = match args.get("--seed") {
            None => greedy.seed,
            Some(v) => v.parse().map_err(|_| Error::InvalidArgument(format!("--seed must be a whole number, got {v:?}")))?,
        };
        let sampling = Sampling {
            temperature: args.float("--temperature", greedy.temperature)?,
            top_k: args.number("--top-k", greedy.top_k as usize)? as u32,
            top_p: args.float("--top-p", greedy.top_p)?,
            repetition_penalty: args.float("--repeat-penalty", greedy.repetition_penalty)?,
            penalty_last_n: args.number("--repeat-last-n", greedy.penalty_last_n as usize)? as u32,
            seed,
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

    fn mode_name(m: Mode) -> Value {
        serde_json::to_value(m).unwrap_or(Value::Null)
    }

    /// The lines of a JSONL file with their numbers, blank lines left out.
    fn jsonl_lines(path: &str) -> Result<Vec<(usize, String)>> {
        let text = std::fs::read_to_string(path).map_err(|e| Error::Io(format!("{path}: {e}")))?;
        Ok(text.lines().enumerate().filter(|(_, l)| !l.trim().is_empty()).map(|(i, l)| (i + 1, l.to_string())).collect())
    }

    /// A prompts file: each line's id and prompt.
    fn read_prompts(path: &str) -> Result<Vec<(Value, Prompt)>> {
        let at = |n: usize| move |e: Error| Error::InvalidArgument(format!("{path}:{n}: {e}"));
        jsonl_lines(path)?.into_iter().filter_map(|(n, line)| Prompt::from_jsonl(&line).map_err(at(n)).transpose()).collect()
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

    fn generate(args: &Args) -> Result<()> {
        let engine = load(args)?;
        let options = generate_options(args, 128)?;
        if let Some(path) = args.get("--prompts") {
            let out_path = args.require("--out")?;
            let mut out = std::fs::File::create(out_path).map_err(|e| Error::Io(format!("{out_path}: {e}")))?;
            for (id, prompt) in read_prompts(path)? {
                let ids = engine.encode(&prompt)?;
                let g = pollster::block_on(engine.generate(&ids, &options, &mut |_, _| true))?;
                let mut r = record(&engine, &ids, &g, &options);
                r["id"] = id;
                writeln!(out, "{r}")?;
            }
            return Ok(());
        }
        let text = args.require("--prompt")?.to_string();
        let ids = engine.encode(&if args.flag("--chat") { Prompt::Chat(text) } else { Prompt::Text(text) })?;
        let json_out = args.flag("--json");
        let mut stream = engine.tokenizer.stream_decoder().skip_special(true);
        let mut stdout = std::io::stdout();
        let g = pollster::block_on(engine.generate(&ids, &options, &mut |t, _| {
            if !json_out {
                let _ = write!(stdout, "{}", stream.push(t));
                let _ = stdout.flush();
            }
            true
        }))?;
        if json_out {
            let mut r = record(&engine, &ids, &g, &options);
            r["device"] = engine.model.gpu.describe().into();
            println!("{r}");
        } else {
            println!("{}", stream.finish());
            let tps = if g.decode_ms > 0.0 { g.tokens.len().saturating_sub(1) as f64 / g.decode_ms * 1000.0 } else { 0.0 };
            eprintln!(
                "[{} prompt tokens, {} generated in {} steps, prefill {:.0} ms, decode {:.2} tok/s on {}]",
                ids.len(),
                g.tokens.len(),
                g.steps,
                g.prefill_ms,
                tps,
                engine.model.gpu.describe()
            );
        }
        Ok(())
    }

    fn tokenize(args: &Args) -> Result<()> {
        let path = args.require("--model")?;
        let bytes = std::fs::read(path).map_err(|e| Error::Io(format!("{path}: {e}")))?;
        let gguf = gated_lora_webgpu::gguf::Gguf::parse(&bytes)?;
        let tokenizer = gated_lora_webgpu::tokenizer::Tokenizer::from_gguf(&gguf)?;
        let special = args.flag("--special");
        if let Some(text) = args.get("--text") {
            println!("{}", json!(tokenizer.encode(text, special)?));
            return Ok(());
        }
        let path = args.require("--texts")?;
        for (n, line) in jsonl_lines(path)? {
            let line: Value = serde_json::from_str(&line).map_err(|e| Error::InvalidArgument(format!("{path}:{n}: {e}")))?;
            let text = line.get("text").and_then(Value::as_str).ok_or_else(|| Error::InvalidArgument("each line needs \"text\"".into()))?;
            println!("{}", json!({"id": line.get("id").cloned().unwrap_or(Value::Null), "tokens": tokenizer.encode(text, special)?}));
        }
        Ok(())
    }

    /// Prefill and decode throughput of the GPU engine, as one JSON line.
    fn bench(args: &Args) -> Result<()> {
        let engine = load(args)?;
        let options = generate_options(args, 32)?;
        let runs = args.number("--runs", 1)?.max(1);
        let prompt = args.get("--prompt").unwrap_or("Write a short story about a robot who learns to paint.");
        let ids = engine.encode(&Prompt::Chat(prompt.into()))?;
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
        println!(
            "{}",
            json!({
                "device": engine.model.gpu.describe(),
                "prompt_tokens": ids.len(),
                "generated": g.tokens.len(),
                "prefill_tok_s": ids.len() as f64 / prefill_ms * 1000.0,
                "mode": mode_name(g.mode),
                "k": g.k,
                "tree": g.tree,
                "branch_steps": g.branch_steps,
                "tokens_per_step": g.tokens.len() as f64 / g.steps.max(1) as f64,
                "decode_tok_s": g.tokens.len().saturating_sub(1) as f64 / g.decode_ms * 1000.0,
                "prefill_ms": prefill_ms,
                "decode_ms": g.decode_ms,
                // Means over the decode passes (docs/DESIGN.md §6.4: what the counters count).
                "rows_per_pass": per_pass(g.decode_counters.rows),
                "dispatches_per_pass": per_pass(g.decode_counters.dispatches),
                "weight_bytes_per_pass": per_pass(g.decode_counters.weight_bytes),
                "flops_per_pass": per_pass(g.decode_counters.flops),
                "encode_ms_per_pass": g.decode_encode_ms / g.steps.max(1) as f64,
                "gpu_bytes": engine.model.gpu_bytes(),
            })
        );
        Ok(())
    }

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
        let result = match args.first().map(String::as_str) {
            Some("generate") => Args::parse(&args[1..], &[ENGINE, DECODE, GENERATE]).and_then(|a| generate(&a)),
            Some("tokenize") => Args::parse(&args[1..], &[TOKENIZE]).and_then(|a| tokenize(&a)),
            Some("bench") => Args::parse(&args[1..], &[ENGINE, DECODE, BENCH]).and_then(|a| bench(&a)),
            Some("-h" | "--help" | "help") => {
                println!("{USAGE}");
                Ok(())
            }
            _ => Err(Error::InvalidArgument(format!("expected a command\n{USAGE}"))),
        };
        if let Err(e) = result {
            eprintln!("gated-lora: {}", Coded(&e));
            std::process::exit(2);
        }
    }
}

fn main() {
    #[cfg(not(target_arch = "wasm32"))]
    cli::main();
}
