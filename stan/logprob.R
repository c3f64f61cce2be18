# Stan's log_prob (unconstrained, with Jacobian) of stan/mmm_pymc_example.stan at given points, for the
# one-off check against our WASM density. Usage: Rscript stan/logprob.R data.json points.json out.json
suppressPackageStartupMessages({ library(rstan); library(jsonlite) })
args <- commandArgs(trailingOnly = TRUE)
d <- fromJSON(args[1], simplifyVector = TRUE)
d$channel_names <- NULL; d$control_names <- NULL
# x and z arrive as one array per channel/control; jsonlite makes that a (C x T) matrix, Stan wants T x C.
d$x <- t(d$x)
d$z <- t(d$z)
d$beta_sigma <- as.array(d$beta_sigma)
pts <- fromJSON(args[2], simplifyVector = FALSE)
if (rstan_options("boost_lib") == "") rstan_options(boost_lib = "/usr/include")
file <- file.path(dirname(sub("--file=", "", grep("--file=", commandArgs(FALSE), value = TRUE))), "mmm_pymc_example.stan")
model <- stan_model(file, auto_write = TRUE)
fit <- sampling(model, data = d, chains = 1, iter = 1, algorithm = "Fixed_param", refresh = 0)
res <- lapply(pts, function(q) {
  q <- unlist(q)
  list(lp = log_prob(fit, q, adjust_transform = TRUE), grad = as.vector(grad_log_prob(fit, q, adjust_transform = TRUE)))
})
write_json(res, args[3], auto_unbox = TRUE, digits = NA)
