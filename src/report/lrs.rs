//! Sending statements to a learning record store: one POST of the whole batch to its
//! statements resource, with Basic credentials, as xAPI 1.0.3 describes.

use std::time::Duration;

use base64::Engine;
use serde_json::Value;

use super::xapi::VERSION;

pub struct Lrs<'a> {
    /// The LRS endpoint (`…/xapi/`) or its statements resource (`…/xapi/statements`).
    pub url: &'a str,
    pub user: Option<&'a str>,
    pub password: Option<&'a str>,
}

/// What the LRS said: how many statements it stored.
#[derive(Debug)]
pub struct Sent {
    pub status: u16,
    pub stored: usize,
    pub url: String,
}

pub fn statements_url(endpoint: &str) -> String {
    let trimmed = endpoint.trim_end_matches('/');
    if trimmed.ends_with("/statements") {
        trimmed.to_string()
    } else {
        format!("{trimmed}/statements")
    }
}

pub fn send(lrs: &Lrs<'_>, statements: &[Value]) -> Result<Sent, String> {
    let url = statements_url(lrs.url);
    if !(url.starts_with("http://") || url.starts_with("https://")) {
        return Err(format!(
            "{}: the LRS address must start with http:// or https://",
            lrs.url
        ));
    }
    let body = serde_json::to_string(statements).map_err(|e| e.to_string())?;
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .timeout_global(Some(Duration::from_secs(30)))
        .http_status_as_error(false)
        .build()
        .into();
    let mut request = agent
        .post(&url)
        .header("X-Experience-API-Version", VERSION)
        .header("Content-Type", "application/json; charset=utf-8");
    if lrs.user.is_some() || lrs.password.is_some() {
        let pair = format!(
            "{}:{}",
            lrs.user.unwrap_or_default(),
            lrs.password.unwrap_or_default()
        );
        let token = base64::engine::general_purpose::STANDARD.encode(pair);
        request = request.header("Authorization", format!("Basic {token}"));
    }
    let mut response = request
        .send(body)
        .map_err(|e| format!("cannot reach the LRS at {url}: {e}"))?;
    let status = response.status().as_u16();
    let text = response.body_mut().read_to_string().unwrap_or_default();
    if !(200..300).contains(&status) {
        let excerpt: String = text.chars().take(300).collect();
        let why = match status {
            400 => "the LRS rejected the statements",
            401 | 403 => "the LRS refused the credentials (--lrs-user, --lrs-password)",
            404 => "no statements resource at this address",
            409 => "the LRS already holds different statements with these ids",
            _ => "the LRS answered with an error",
        };
        return Err(format!("{url}: HTTP {status}: {why}: {excerpt}"));
    }
    // A conformant LRS answers a batch with the array of the ids it stored.
    let stored = serde_json::from_str::<Vec<String>>(&text)
        .map(|ids| ids.len())
        .unwrap_or(statements.len());
    Ok(Sent {
        status,
        stored,
        url,
    })
}
